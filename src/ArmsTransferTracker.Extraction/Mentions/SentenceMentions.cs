using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Mentions;

/// <summary>The second stage's result for one parsed sentence: the states, armed groups and goods it names.</summary>
public sealed record SentenceMentions(StorySentence Sentence, IReadOnlyList<PlaceMention> Places, IReadOnlyList<WeaponMention> Weapons)
{
    public static SentenceMentions Find(StorySentence sentence) =>
        sentence.Tree is { } tree ? new(sentence, Mentions.Places.Find(tree), Mentions.Weapons.Find(tree)) : new(sentence, [], []);
}
