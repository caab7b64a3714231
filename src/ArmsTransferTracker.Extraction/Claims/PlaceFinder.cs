namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>A place named in a sentence: token range, the entry, and the suffix of a compound like "Iranian-made" ("made").</summary>
public sealed record PlaceMention(int First, int Last, PlaceEntry Entry, string? Suffix)
{
    public IReadOnlyList<Token> Tokens { get; init; } = [];

    public string Canonical => Entry.Canonical;
    public bool IsDemonym => Entry.Form == PlaceForm.Demonym;
}

/// <summary>Finds gazetteer places in a sentence's tokens, longest phrase first.</summary>
public static class PlaceFinder
{
    // Compounds whose first half is a place: "Iranian-made", "Turkish-built", "Houthi-controlled", "Czech-led".
    private static readonly string[] Suffixes =
        ["-made", "-built", "-supplied", "-designed", "-manufactured", "-produced", "-origin", "-led", "-linked", "-controlled", "-backed",
            "-aligned", "-based", "-owned", "-run", "-type"];

    public static List<PlaceMention> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<PlaceMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !(t.IsCapitalised || t.Lower.StartsWith("al-", StringComparison.Ordinal))) continue;
            var longest = Math.Max(Places.LongestStartingWith(t.Lower), Places.LongestStartingWith(StripSuffix(t.Lower)));
            for (var n = Math.Min(longest, tokens.Count - i); n >= 1; n--)
            {
                var (phrase, suffix) = Phrase(tokens, i, n);
                if (phrase is null) continue;
                if (Places.TryLookup(phrase, out var entry))
                {
                    // "Latin America", "the Middle East": consumed, but no place.
                    if (entry.Canonical.Length == 0) { i += n - 1; break; }
                    // "Democratic Republic of the Congo" is one phrase; a lone "Congo" or "Georgia" inside a name is still a place.
                    found.Add(new PlaceMention(i, i + n - 1, entry, suffix) { Tokens = tokens.Skip(i).Take(n).ToList() });
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static string StripSuffix(string lower)
    {
        foreach (var s in Suffixes)
        {
            if (lower.EndsWith(s, StringComparison.Ordinal) && lower.Length > s.Length) return lower[..^s.Length];
        }
        return lower;
    }

    private static (string? Phrase, string? Suffix) Phrase(IReadOnlyList<Token> tokens, int start, int count)
    {
        if (count == 1)
        {
            var lower = tokens[start].Lower;
            var stripped = StripSuffix(lower);
            return ReferenceEquals(stripped, lower) ? (lower, null) : (stripped, lower[(stripped.Length + 1)..]);
        }
        var parts = new List<string>(count);
        string? suffix = null;
        for (var k = 0; k < count; k++)
        {
            var lower = tokens[start + k].Lower;
            if (k == count - 1)
            {
                foreach (var s in Suffixes)
                {
                    if (lower.EndsWith(s, StringComparison.Ordinal) && lower.Length > s.Length)
                    {
                        suffix = s[1..];
                        lower = lower[..^s.Length];
                        break;
                    }
                }
            }
            parts.Add(lower);
        }
        // Places written with dots stay as they are ("U.S."); a multi-token phrase never crosses punctuation other than dots.
        for (var k = 0; k < count; k++)
        {
            if (!tokens[start + k].IsWord && !tokens[start + k].IsPossessive && count > 1) return (null, null);
        }
        return (string.Join(' ', parts), suffix);
    }
}
