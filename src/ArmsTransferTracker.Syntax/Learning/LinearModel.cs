using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArmsTransferTracker.Syntax.Learning;

/// <summary>
/// A trained, frozen multi-class linear model, compact enough to ship and to stay in the processor's cache. A perceptron
/// touches few classes of each feature, so a row keeps only its non-zero weights: one signed byte each, times a scale
/// of the row's own. Rows whose largest averaged weight is under a threshold are dropped. Features are looked up by the
/// upper 32 bits of their hash; the rare unseen feature that shares them adds a little noise, no more.
/// A model may have several parts, one set of weights a part over the same features: a two-pass tagger keeps both
/// passes in one model, so that the second pass finds the rows of the features that did not change already found.
/// </summary>
public sealed class LinearModel
{
    /// <summary>The offset of a feature the model does not know.</summary>
    public const int Missing = -1;

    // Each slot packs a key (upper half) and the offset of its row in data (lower half); 0 marks an empty slot.
    private readonly ulong[] slots;
    private readonly int shift;
    // A row: one header a part (its entry count, then its scale as a float's bits, low half first), then each part's
    // entries, one a class with a weight: class << 8 | weight byte. A part with many weights (the features every step
    // reads, such as single tags) is stored dense instead, one weight byte a class, and its count has the Dense bit.
    private readonly ushort[] data;
    private const ushort Dense = 0x8000;
    // Where Find fetches a row's third line: the end of a row dense in every part, or two lines on, whichever is nearer.
    // Without it a dense row of the parser (110 bytes) waited for its third line in two cases of three.
    private readonly int prefetchEnd;

    // While counting (see Counting), how often each slot's row was found.
    private readonly long[]? uses;

    private LinearModel(int classes, int parts, int features, ulong[] slots, ushort[] data, int usedRows = 0, bool counting = false)
    {
        Classes = classes;
        Parts = parts;
        Features = features;
        this.slots = slots;
        shift = 64 - BitOperations.Log2((uint)slots.Length);
        this.data = data;
        UsedRows = usedRows;
        prefetchEnd = Math.Min(3 * parts + parts * PartLength(Dense, classes) - 1, 64);
        uses = counting ? new long[slots.Length] : null;
    }

    public int Classes { get; }

    public int Parts { get; }

    public int Features { get; }

    /// <summary>
    /// How many rows lead the model's data in the order of their use on the treebank, most used first (see
    /// <see cref="OrderedByUse"/>); the others follow in the order of their keys. The rows read most then share cache lines
    /// and pages instead of being spread over megabytes: on news, the 4,096 rows each model reads most serve four look-ups
    /// in five.
    /// </summary>
    public int UsedRows { get; }

    /// <summary>The number of non-zero weights the model keeps, counted when asked: loading a model does not need it.</summary>
    public long Weights => slots.Where(slot => slot != 0).Sum(slot => (long)CountWeights(data, (int)(uint)slot, Parts));

    /// <summary>
    /// Freezes averaged rows (each the weights of part 0, then of part 1, and so on), keeping those whose largest
    /// absolute weight reaches <paramref name="minWeight"/>.
    /// </summary>
    public static LinearModel Compact(int classes, IEnumerable<(ulong Key, float[] Weights)> rows, float minWeight, int parts = 1)
    {
        if (classes > 255) throw new ArgumentOutOfRangeException(nameof(classes), "A compact model scores at most 255 classes.");
        // Two features can share a 32-bit key (a few in a million): their weights are added.
        var merged = new Dictionary<uint, float[]>();
        foreach (var (key, row) in rows)
        {
            if (row.Length != classes * parts) throw new ArgumentException($"A row holds {classes * parts} weights.", nameof(rows));
            var largest = 0f;
            foreach (var w in row) largest = Math.Max(largest, Math.Abs(w));
            if (largest < minWeight || largest == 0) continue;
            var shortKey = ShortKey(key);
            if (merged.TryGetValue(shortKey, out var sum))
            {
                for (var c = 0; c < sum.Length; c++) sum[c] += row[c];
            }
            else
            {
                merged[shortKey] = (float[])row.Clone();
            }
        }
        var quantised = merged.OrderBy(r => r.Key).Select(r => (r.Key, Row: Quantise(r.Value, classes, parts))).ToList();
        return Build(classes, parts, quantised);
    }

    /// <summary>Sets <paramref name="scores"/> (one slot a class) to the sum of the features' weights in part 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> offsets = stackalloc int[features.Length];
        Find(features, offsets);
        scores.Clear();
        Accumulate(offsets, 0, scores);
    }

    /// <summary>Finds the row of each feature (or <see cref="Missing"/>), for <see cref="Accumulate"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public unsafe void Find(ReadOnlySpan<ulong> features, Span<int> offsets)
    {
        // Memory, not arithmetic, is the cost: every feature's slot, then its row, is fetched ahead of use, all at once,
        // so that the trips to memory overlap instead of following one another. A row's next lines are fetched too: a
        // dense row (a hundred classes take a hundred bytes) spans two or three.
        var mask = slots.Length - 1;
        fixed (ulong* slotBase = slots)
        fixed (ushort* dataBase = data)
        {
            for (var f = 0; f < features.Length; f++)
            {
                offsets[f] = Home(ShortKey(features[f]));
                if (Sse.IsSupported) Sse.Prefetch0(slotBase + offsets[f]);
            }
            for (var f = 0; f < features.Length; f++)
            {
                var key = ShortKey(features[f]);
                var slot = offsets[f];
                var offset = Missing;
                for (var stored = slotBase[slot]; stored != 0; stored = slotBase[slot = (slot + 1) & mask])
                {
                    if ((uint)(stored >> 32) == key)
                    {
                        offset = (int)(uint)stored;
                        if (uses is not null) Interlocked.Increment(ref uses[slot]);
                        break;
                    }
                }
                offsets[f] = offset;
                if (offset != Missing && Sse.IsSupported)
                {
                    Sse.Prefetch0(dataBase + offset);
                    Sse.Prefetch0(dataBase + offset + 32);
                    Sse.Prefetch0(dataBase + offset + prefetchEnd);
                }
            }
        }
    }

    /// <summary>
    /// The same model, counting how often each row is found, for <see cref="OrderedByUse"/>.
    /// </summary>
    public LinearModel Counting() => new(Classes, Parts, Features, slots, data, counting: true);

    /// <summary>
    /// The same weights with the rows found while counting first, most used first, and the others in the order of their
    /// keys, so that the rows read most sit together in memory.
    /// </summary>
    public LinearModel OrderedByUse()
    {
        if (uses is null) throw new InvalidOperationException("Only a counting model knows the use of its rows.");
        var rows = Enumerable.Range(0, slots.Length).Where(slot => slots[slot] != 0)
            .Select(slot => (Key: (uint)(slots[slot] >> 32), Offset: (int)(uint)slots[slot], Uses: uses[slot]))
            .OrderByDescending(r => r.Uses > 0).ThenByDescending(r => r.Uses).ThenBy(r => r.Key)
            .Select(r => (r.Key, Row: RowAt(r.Offset)))
            .ToList();
        return Build(Classes, Parts, rows, usedRows: uses.Count(u => u > 0));

        List<ushort> RowAt(int offset) => [.. data.AsSpan(offset, RowLength(data, offset, Parts, Classes))];
    }

    /// <summary>Adds one part's weights of the rows found by <see cref="Find"/> to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public unsafe void Accumulate(ReadOnlySpan<int> offsets, int part, Span<float> scores)
    {
        if (scores.Length < Classes)
            throw new ArgumentException($"The scores need one slot for each of {Classes} classes.", nameof(scores));
        var parts = Parts;
        var classes = Classes;
        fixed (ushort* dataBase = data)
        fixed (float* sums = scores)
        {
            foreach (var offset in offsets)
            {
                if (offset == Missing) continue;
                var row = dataBase + offset;
                var entries = row + 3 * parts;
                for (var p = 0; p < part; p++) entries += PartLength(row[3 * p], classes);
                AddPart(row, part, entries, sums, classes);
            }
        }
    }

    /// <summary>
    /// Adds the weights of the rows found by <see cref="Find"/> of a model of two parts, part 0's to <paramref name="first"/>
    /// and part 1's to <paramref name="second"/>, reading each row once: a two-pass tagger sums the features that do not
    /// depend on its tags for both passes at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public unsafe void AccumulateBoth(ReadOnlySpan<int> offsets, Span<float> first, Span<float> second)
    {
        if (Parts != 2) throw new InvalidOperationException("Only a model of two parts sums both at once.");
        if (first.Length < Classes || second.Length < Classes)
            throw new ArgumentException($"The scores need one slot for each of {Classes} classes.");
        var classes = Classes;
        fixed (ushort* dataBase = data)
        fixed (float* firstSums = first)
        fixed (float* secondSums = second)
        {
            foreach (var offset in offsets)
            {
                if (offset == Missing) continue;
                var row = dataBase + offset;
                var entries = row + 6;
                AddPart(row, 0, entries, firstSums, classes);
                AddPart(row, 1, entries + PartLength(row[0], classes), secondSums, classes);
            }
        }
    }

    // Adds one part of a row, whose header is at row and weights at entries, to the sums.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AddPart(ushort* row, int part, ushort* entries, float* sums, int classes)
    {
        var count = row[3 * part];
        var scale = BitConverter.Int32BitsToSingle(row[3 * part + 1] | row[3 * part + 2] << 16);
        if ((count & Dense) != 0)
        {
            AddDense((sbyte*)entries, scale, sums, classes);
            return;
        }
        for (var e = 0; e < count; e++)
        {
            // Class numbers were checked against the model's classes when it was built or read.
            var entry = entries[e];
            sums[entry >> 8] += scale * (sbyte)(byte)entry;
        }
    }

    // Eight or sixteen classes at a time where the processor can: widen the weight bytes to floats, scale and add (fused).
    // The last few classes, short of eight, take a multiply and then an add, as they always have: so that the sums
    // stay bit for bit what they were, masked vectors do that too where they can, then plain arithmetic. Inlined into
    // Accumulate's loop over rows: a call a row cost more than a short row's arithmetic.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AddDense(sbyte* weights, float scale, float* sums, int classes)
    {
        var c = 0;
        if (Avx512F.IsSupported)
        {
            var scales = Vector512.Create(scale);
            for (; c + 16 <= classes; c += 16)
            {
                var widened = Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector128.Load(weights + c)));
                Avx512F.Store(sums + c, Avx512F.FusedMultiplyAdd(widened, scales, Avx512F.LoadVector512(sums + c)));
            }
        }
        if (Avx2.IsSupported && Fma.IsSupported)
        {
            var scales = Vector256.Create(scale);
            for (; c + 8 <= classes; c += 8)
            {
                var widened = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(weights + c));
                Avx.Store(sums + c, Fma.MultiplyAdd(widened, scales, Avx.LoadVector256(sums + c)));
            }
        }
        var rest = classes - c;
        if (rest is > 0 and < 8 && Avx512BW.VL.IsSupported)
        {
            // Masked loads and stores touch nothing past the last class.
            var bytes = Vector128.LessThan(Vector128<sbyte>.Indices, Vector128.Create((sbyte)rest));
            var lanes = Vector256.LessThan(Vector256<int>.Indices, Vector256.Create(rest)).AsSingle();
            var widened = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(Avx512BW.VL.MaskLoad(weights + c, bytes, default)));
            var products = Avx.Multiply(widened, Vector256.Create(scale));
            Avx512F.VL.MaskStore(sums + c, lanes, Avx.Add(Avx512F.VL.MaskLoad(sums + c, lanes, default), products));
            return;
        }
        for (; c < classes; c++) sums[c] += scale * weights[c];
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(Parts);
        var rows = slots.Where(s => s != 0).Select(s => (Key: (uint)(s >> 32), Offset: (int)(uint)s)).OrderBy(r => r.Offset).ToList();
        writer.Write(rows.Count);
        writer.Write(data.Length);
        writer.Write(UsedRows);
        // Rows as stored: the used ones with their keys whole; the others, in ascending order of key, with their keys as
        // gaps, so that the compressor sees small numbers.
        uint previous = 0;
        for (var row = 0; row < rows.Count; row++)
        {
            var (key, offset) = rows[row];
            if (row < UsedRows)
            {
                writer.Write(key);
            }
            else
            {
                writer.Write7BitEncodedInt((int)(key - previous));
                previous = key;
            }
            var length = RowLength(data, offset, Parts, Classes);
            for (var i = offset; i < offset + length; i++) writer.Write(data[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LinearModel Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var parts = reader.ReadInt32();
        var count = reader.ReadInt32();
        var length = reader.ReadInt32();
        var usedRows = reader.ReadInt32();
        if (count < 0 || length < 0 || usedRows < 0 || usedRows > count || classes is < 2 or > 255 || parts is < 1 or > 4)
        {
            throw new InvalidDataException("The model's sizes are out of range.");
        }
        // Each row's header and each part's weights are read as one block; the keys are placed once all rows are read, so
        // that the table's slots, scattered over megabytes, can be fetched ahead instead of waited for one by one.
        var data = new ushort[length];
        var keys = new uint[count];
        var offsets = new int[count];
        var at = 0;
        uint previous = 0;
        for (var row = 0; row < count; row++)
        {
            keys[row] = row < usedRows ? reader.ReadUInt32() : previous += (uint)reader.Read7BitEncodedInt();
            offsets[row] = at;
            var start = at;
            if (at + 3 * parts > length) throw new InvalidDataException("The model's rows overrun its data.");
            ReadBlock(reader, data.AsSpan(at, 3 * parts));
            at += 3 * parts;
            for (var p = 0; p < parts; p++)
            {
                var header = data[start + 3 * p];
                var partLength = PartLength(header, classes);
                if (at + partLength > length) throw new InvalidDataException("The model's rows overrun its data.");
                var entries = data.AsSpan(at, partLength);
                ReadBlock(reader, entries);
                at += partLength;
                if ((header & Dense) != 0) continue;
                foreach (var entry in entries)
                {
                    // Scoring writes to the class an entry names without a bounds check: a damaged file must not reach it.
                    if (entry >> 8 >= classes) throw new InvalidDataException("A model entry names a class the model does not have.");
                }
            }
        }
        var slots = new ulong[SlotCount(count)];
        PlaceAll(slots, keys, offsets);
        return new LinearModel(classes, parts, count, slots, data, usedRows);
    }

    private static void ReadBlock(BinaryReader reader, Span<ushort> values)
    {
        var bytes = MemoryMarshal.AsBytes(values);
        while (!bytes.IsEmpty)
        {
            var read = reader.Read(bytes);
            if (read == 0) throw new EndOfStreamException();
            bytes = bytes[read..];
        }
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(values, values);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void PlaceAll(ulong[] slots, uint[] keys, int[] offsets)
    {
        const int ahead = 16;
        var shift = 64 - BitOperations.Log2((uint)slots.Length);
        fixed (ulong* slotBase = slots)
        {
            for (var row = 0; row < keys.Length; row++)
            {
                if (row + ahead < keys.Length && Sse.IsSupported) Sse.Prefetch0(slotBase + HomeOf(keys[row + ahead], shift));
                Place(slots, shift, keys[row], offsets[row]);
            }
        }
    }

    // The slot where a key's probe starts.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(uint key) => HomeOf(key, shift);

    private static int HomeOf(uint key, int shift) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);

    // The upper half of a feature hash; 0 is taken to mean an empty slot, so it becomes 1.
    private static uint ShortKey(ulong feature) => Math.Max(1u, (uint)(feature >> 32));

    private static int RowLength(ushort[] data, int offset, int parts, int classes)
    {
        var length = 3 * parts;
        for (var p = 0; p < parts; p++) length += PartLength(data[offset + 3 * p], classes);
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountWeights(ushort[] data, int offset, int parts)
    {
        var weights = 0;
        for (var p = 0; p < parts; p++) weights += data[offset + 3 * p] & ~Dense;
        return weights;
    }

    // The ushorts a part's weights take: one an entry, or one a pair of classes when dense.
    private static int PartLength(ushort count, int classes) => (count & Dense) != 0 ? (classes + 1) / 2 : count;

    private static List<ushort> Quantise(float[] row, int classes, int parts)
    {
        var headers = new List<ushort>();
        var entries = new List<ushort>();
        for (var p = 0; p < parts; p++)
        {
            var weights = row.AsSpan(p * classes, classes);
            var largest = 0f;
            foreach (var w in weights) largest = Math.Max(largest, Math.Abs(w));
            var scale = largest / 127f;
            var quantised = new sbyte[classes + 1];
            var count = 0;
            for (var c = 0; c < classes && scale > 0; c++)
            {
                quantised[c] = (sbyte)Math.Clamp((int)Math.Round(weights[c] / scale), -127, 127);
                if (quantised[c] != 0) count++;
            }
            // Dense pays once the weights fill an eighth of the classes: eight classes are added at a time.
            var dense = count * 8 >= classes;
            for (var c = 0; c < classes; c += dense ? 2 : 1)
            {
                if (dense) entries.Add((ushort)((byte)quantised[c] | (byte)quantised[c + 1] << 8));
                else if (quantised[c] != 0) entries.Add((ushort)(c << 8 | (byte)quantised[c]));
            }
            var bits = BitConverter.SingleToInt32Bits(scale);
            headers.AddRange([(ushort)(dense ? count | Dense : count), (ushort)bits, (ushort)(bits >> 16)]);
        }
        return [.. headers, .. entries];
    }

    private static LinearModel Build(int classes, int parts, List<(uint Key, List<ushort> Row)> rows, int usedRows = 0)
    {
        var slots = new ulong[SlotCount(rows.Count)];
        var shift = 64 - BitOperations.Log2((uint)slots.Length);
        var data = new ushort[rows.Sum(r => r.Row.Count)];
        var at = 0;
        foreach (var (key, row) in rows)
        {
            Place(slots, shift, key, at);
            row.CopyTo(data, at);
            at += row.Count;
        }
        return new LinearModel(classes, parts, rows.Count, slots, data, usedRows);
    }

    // A table at most two-thirds full keeps probes short.
    private static int SlotCount(int rows)
    {
        var size = 16;
        while (size < rows + rows / 2) size <<= 1;
        return size;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Place(ulong[] slots, int shift, uint key, int offset)
    {
        var mask = slots.Length - 1;
        var slot = HomeOf(key, shift);
        while (slots[slot] != 0)
        {
            if ((uint)(slots[slot] >> 32) == key) throw new InvalidDataException("The model repeats a feature key.");
            slot = (slot + 1) & mask;
        }
        slots[slot] = (ulong)key << 32 | (uint)offset;
    }
}
