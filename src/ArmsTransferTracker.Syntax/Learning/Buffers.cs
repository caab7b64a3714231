namespace ArmsTransferTracker.Syntax.Learning;

/// <summary>Working arrays kept from one sentence to the next (each in a thread's own field), so that scoring allocates little.</summary>
internal static class Buffers
{
    /// <summary>The array in <paramref name="buffer"/>, replaced by one at least twice as large when shorter than needed.</summary>
    public static T[] Reused<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length) buffer = new T[Math.Max(length, 2 * (buffer?.Length ?? 0))];
        return buffer;
    }
}
