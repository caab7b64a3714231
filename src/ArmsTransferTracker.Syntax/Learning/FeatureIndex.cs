using System.Runtime.CompilerServices;

namespace ArmsTransferTracker.Syntax.Learning;

/// <summary>
/// Maps feature keys (64-bit hashes) to dense row numbers, in one open-addressed table: a lookup is a few probes into two
/// arrays, where a dictionary of millions of entries would chase pointers. Key 0 marks an empty slot, so it is remapped.
/// </summary>
public sealed class FeatureIndex
{
    private ulong[] keys;
    private int[] rows;
    private int mask;

    public FeatureIndex(int capacity = 1 << 16)
    {
        var size = 1 << 4;
        while (size < capacity * 2) size <<= 1;
        keys = new ulong[size];
        rows = new int[size];
        mask = size - 1;
    }

    public int Count { get; private set; }

    /// <summary>The row of a key, or -1 when the key has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        key = key == 0 ? 1 : key;
        var slot = (int)(key >> 20) & mask;
        while (true)
        {
            var stored = keys[slot];
            if (stored == key) return rows[slot];
            if (stored == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The row of a key, giving it the next free row number when it has none.</summary>
    public int FindOrAdd(ulong key)
    {
        key = key == 0 ? 1 : key;
        var slot = (int)(key >> 20) & mask;
        while (true)
        {
            var stored = keys[slot];
            if (stored == key) return rows[slot];
            if (stored == 0) break;
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        rows[slot] = Count;
        Count++;
        // Keep the table at most half full, so that probes stay short.
        if (Count * 2 > keys.Length) Grow();
        return Count - 1;
    }

    /// <summary>Every key with its row, in no particular order.</summary>
    public IEnumerable<(ulong Key, int Row)> Entries()
    {
        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] != 0) yield return (keys[slot], rows[slot]);
        }
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldRows = rows;
        keys = new ulong[oldKeys.Length * 2];
        rows = new int[oldKeys.Length * 2];
        mask = keys.Length - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] == 0) continue;
            var slot = (int)(oldKeys[i] >> 20) & mask;
            while (keys[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            rows[slot] = oldRows[i];
        }
    }
}
