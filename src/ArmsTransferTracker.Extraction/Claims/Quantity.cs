namespace ArmsTransferTracker.Extraction.Claims;

/// <summary>Finds the quantity written before the goods: "several hundred", "dozens of", "a significant number of", "18", "at least 25".</summary>
public static class Quantity
{
    private static readonly HashSet<string> QuantityWords =
    [
        "several", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions", "a", "an", "of", "significant",
        "number", "large", "small", "few", "some", "at", "least", "more", "than", "about", "around", "nearly", "almost", "up", "to",
        "over", "batch", "new", "first", "second", "third", "fourth", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "fifty", "one", "its", ",",
    ];

    public static string? Find(IReadOnlyList<Token> tokens, WeaponMention weapon)
    {
        var start = weapon.First;
        var hasNumber = false;
        for (var k = weapon.First - 1; k >= Math.Max(0, weapon.First - 6); k--)
        {
            var t = tokens[k];
            var numeric = t.Text.Length > 0 && char.IsDigit(t.Text[0]);
            if (numeric || QuantityWords.Contains(t.Lower))
            {
                start = k;
                hasNumber |= numeric || t.Lower is "several" or "hundred" or "hundreds" or "dozens" or "dozen" or "thousands" or "thousand" or "significant" or "few" or "batch"
                    or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "million";
                continue;
            }
            break;
        }
        if (!hasNumber) return null;
        while (start < weapon.First && tokens[start].Lower is "of" or "a" or "," or "its" or "to") start++;
        var words = tokens.Skip(start).Take(weapon.First - start).Select(t => t.Text).ToList();
        while (words.Count > 0 && words[^1] is "of" or ",") words.RemoveAt(words.Count - 1);
        return words.Count == 0 ? null : string.Join(' ', words).Replace(" , ", ",", StringComparison.Ordinal);
    }
}
