using ArmsTransferTracker.Syntax.Words;

namespace ArmsTransferTracker.Syntax.Tests.Tagging;

/// <summary>The shipped tagger, told by its caller which tags some words may take.</summary>
public class PosTaggerTests
{
    private static readonly string[] Forms = ["The", "court", "heard", "the", "case", "of", "the", "accused", "."];

    private static string TagOf(IReadOnlyList<IReadOnlySet<string>?>? allowed, int word)
    {
        var tagger = SyntaxModel.English.Tagger;
        var tags = tagger.Tag(Forms.Select(WordKeys.Of).ToArray(), allowed);
        return tagger.Tags.Names[tags[word]];
    }

    [Fact]
    public void A_word_limited_to_a_universal_tag_takes_one_of_its_pairs()
    {
        var allowed = new IReadOnlySet<string>?[Forms.Length];
        allowed[7] = new HashSet<string> { "VERB" };

        TagOf(allowed, 7).Should().StartWith("VERB|");
    }

    [Fact]
    public void A_word_limited_to_a_pair_of_tags_takes_that_pair()
    {
        var allowed = new IReadOnlySet<string>?[Forms.Length];
        allowed[7] = new HashSet<string> { "VERB|VBD" };

        TagOf(null, 7).Should().NotBe("VERB|VBD", "left free, the tagger reads a noun or a participle here");
        TagOf(allowed, 7).Should().Be("VERB|VBD");
    }
}
