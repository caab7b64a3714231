using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>The second stage's result for one parsed sentence: the states, armed groups and goods it names.</summary>
public sealed record SentenceMentions(StorySentence Sentence, IReadOnlyList<PlaceMention> Places, IReadOnlyList<WeaponMention> Weapons)
{
    /// <summary>The companies the sentence names as such ("drone maker Vireo Aerotech").</summary>
    public IReadOnlyList<string> Companies { get; init; } = [];

    public static SentenceMentions Find(StorySentence sentence)
    {
        if (sentence.Tree is not { } tree) return new(sentence, [], []);
        // The words were read for their mentions before the parse; the parse keeps them.
        var inWords = sentence.WordMentions is { } found && found.AreOf(tree)
            ? found : WordMentions.Find([.. tree.Words.Select(w => w.Form)]);
        var places = inWords.Places;
        return new(sentence, places, Mentions.Weapons.Find(tree, inWords.Weapons)) { Companies = Mentions.Companies.Find(tree, places) };
    }
}
