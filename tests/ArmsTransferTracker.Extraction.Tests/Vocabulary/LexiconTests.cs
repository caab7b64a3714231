using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Extraction.Tests.Vocabulary;

public class LexiconTests
{
    // The homes are looked up by the name the gazetteer gives a group: a home filed under another of its names is never found.
    [Fact]
    public void Every_group_with_a_home_goes_by_its_canonical_name_in_the_gazetteer()
    {
        var misnamed = Lexicon.GroupHomes.Keys
            .Where(group => !Places.Find(Words(group)).Any(p => !p.IsState && p.Canonical == group))
            .ToList();

        misnamed.Should().BeEmpty();
    }

    // A name's words as the engine reads them from text: "al-Shabaab" is three.
    private static List<string> Words(string name) =>
        [.. SentenceSplitter.Split(name, 0, name.Length).SelectMany(s => s.Tokens).Select(t => t.Text)];
}
