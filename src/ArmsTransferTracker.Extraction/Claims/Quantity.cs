namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>
/// Finds the quantity written before the goods: "several hundred", "dozens of", "a significant number of", "18", "at
/// least 25".
/// </summary>
public static class Quantity
{
    private static readonly HashSet<string> QuantityWords =
    [
        "several", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions", "a", "an", "of", "significant",
        "number", "large", "small", "few", "some", "at", "least", "more", "than", "about", "around", "nearly", "almost", "up", "to",
        "over", "batch", "new", "first", "second", "third", "fourth", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "twenty", "fifty", "one", "its", ",",
    ];

    private static bool IsAdjective(Token t) =>
        t.IsWord && !t.IsCapitalised
            && (t.Lower.Contains('-')
                || t.Lower is "new" or "additional" or "more" or "older" or "modern" or "advanced" or "used" or "second-hand" or "armed"
                    or "attack" or "large-calibre" or "heavy" or "light");

    public static string? Find(IReadOnlyList<Token> tokens, WeaponMention weapon)
    {
        // Adjectives between the amount and the goods are not part of the amount: "several hundred short-range ballistic missiles".
        var end = weapon.First;
        while (end > 0 && end > weapon.First - 3 && IsAdjective(tokens[end - 1])) end--;
        var start = end;
        var hasNumber = false;
        for (var k = end - 1; k >= Math.Max(0, end - 6); k--)
        {
            var t = tokens[k];
            var numeric = t.Text.Length > 0 && char.IsDigit(t.Text[0]);
            if (numeric || QuantityWords.Contains(t.Lower))
            {
                start = k;
                hasNumber |= numeric
                    || t.Lower is "several" or "hundred" or "hundreds" or "dozens" or "dozen" or "thousands" or "thousand" or "significant"
                        or "few" or "batch" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
                        or "million";
                continue;
            }
            break;
        }
        if (!hasNumber) return null;
        while (start < end && tokens[start].Lower is "of" or "," or "its" or "to" or "up") start++;
        var words = tokens.Skip(start).Take(end - start).Select(t => t.Text).ToList();
        while (words.Count > 0 && words[^1] is ",") words.RemoveAt(words.Count - 1);
        // "more than 12,000 containers of munitions": a number without its goods word still reads as an amount.
        if (words.Count > 0 && words[^1] == "of"
            && !words.Any(w => w is "dozens" or "hundreds" or "thousands" or "number" or "millions" or "batch"))
            words.RemoveAt(words.Count - 1);
        return words.Count == 0 ? null : string.Join(' ', words).Replace(" , ", ",", StringComparison.Ordinal);
    }
}
