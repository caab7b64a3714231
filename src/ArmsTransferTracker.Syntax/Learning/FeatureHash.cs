using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArmsTransferTracker.Syntax.Learning;

/// <summary>
/// 64-bit hashes for strings and for feature tuples (a template number and up to three values). Features are never
/// stored as strings: a tuple hashes straight to the key of its weight row, so a model needs no vocabulary.
/// </summary>
public static class FeatureHash
{
    /// <summary>The value of a missing word or tag (an empty stack slot, a word with no left child).</summary>
    public const ulong None = 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Of(ReadOnlySpan<char> text)
    {
        // FNV-1a over UTF-16 units, then a final mix so that short strings spread over all 64 bits.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return Mix(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int template, ulong a) => Mix(Combine(Seed(template), a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int template, ulong a, ulong b) => Mix(Combine(Combine(Seed(template), a), b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int template, ulong a, ulong b, ulong c) => Mix(Combine(Combine(Combine(Seed(template), a), b), c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Seed(int template) => (ulong)(template + 1) * 0xD6E8FEB86659FD93UL;

    // One multiply and a rotation a value: the final mix spreads the bits, so each step only has to keep them apart.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Combine(ulong seed, ulong value) => BitOperations.RotateLeft((seed ^ value) * 0x9E3779B97F4A7C15UL, 29);

    // The finaliser of SplitMix64: every input bit reaches every output bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
