using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>
/// The states, armed groups and goods a sentence's words name, found before it is parsed: the story stage tells the tagger
/// of them, and the mentions of the parsed sentence start from them instead of reading the words again.
/// </summary>
public sealed record WordMentions(IReadOnlyList<string> Forms, IReadOnlyList<PlaceMention> Places, IReadOnlyList<WeaponMention> Weapons)
{
    public static WordMentions Find(IReadOnlyList<string> forms) => new(forms, Mentions.Places.Find(forms), Mentions.Weapons.Find(forms));

    /// <summary>Whether the parse has the same words, so that these are its mentions too.</summary>
    public bool AreOf(ParsedSentence tree)
    {
        if (tree.Words.Count != Forms.Count) return false;
        for (var i = 0; i < Forms.Count; i++)
        {
            if (tree.Words[i].Form != Forms[i]) return false;
        }
        return true;
    }
}
