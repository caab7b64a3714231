namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// Makes a tree projective for training, since arc-eager builds only projective trees: the shortest crossing arc is
/// lifted to its head's head until none crosses (Nivre and Nilsson 2005, without encoding the lift in the label).
/// About one word in a hundred of the treebank moves; the parser then learns the nearest projective attachment.
/// </summary>
internal static class Projectivizer
{
    /// <param name="heads">Heads of words 1..n at indexes 1..n (index 0 unused); changed in place.</param>
    /// <returns>How many arcs were lifted.</returns>
    public static int Projectivize(int[] heads)
    {
        var lifted = 0;
        while (true)
        {
            var shortest = -1;
            var shortestLength = int.MaxValue;
            for (var d = 1; d < heads.Length; d++)
            {
                var h = heads[d];
                var length = Math.Abs(h - d);
                if (length < shortestLength && !IsProjective(heads, h, d))
                {
                    shortest = d;
                    shortestLength = length;
                }
            }
            if (shortest < 0) return lifted;
            heads[shortest] = heads[heads[shortest]];
            lifted++;
        }
    }

    // An arc is projective when its head dominates every word between the two ends.
    private static bool IsProjective(int[] heads, int head, int dependent)
    {
        var (from, to) = head < dependent ? (head + 1, dependent) : (dependent + 1, head);
        for (var k = from; k < to; k++)
        {
            if (!Dominates(heads, head, k)) return false;
        }
        return true;
    }

    private static bool Dominates(int[] heads, int ancestor, int word)
    {
        var steps = 0;
        while (word > 0 && steps++ < heads.Length)
        {
            word = heads[word];
            if (word == ancestor) return true;
        }
        return ancestor == 0;
    }
}
