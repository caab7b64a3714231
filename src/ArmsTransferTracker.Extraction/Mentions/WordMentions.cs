using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>
/// The states, armed groups and goods a sentence's words name, found before it is parsed: the story stage tells the tagger
/// of them, and the mentions of the parsed sentence start from them instead of reading the words again.
/// </summary>
public sealed record WordMentions(IReadOnlyList<string> Forms, IReadOnlyList<PlaceMention> Places, IReadOnlyList<WeaponMention> Weapons)
{
    public static WordMentions Find(IReadOnlyList<string> forms)
    {
        var weapons = Mentions.Weapons.Find(forms);
        // "IRIS-T SLM": a short name inside a model's longer one is the model's, not the armed group it also names.
        var places = Mentions.Places.Find(forms)
            .Where(p => !weapons.Any(w => w.First <= p.First && w.Last >= p.Last && w.Last - w.First > p.Last - p.First)).ToList();
        return new(forms, places, weapons);
    }

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
