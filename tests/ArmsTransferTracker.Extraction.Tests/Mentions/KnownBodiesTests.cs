using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Tests.Mentions;

/// <summary>known-bodies.txt: companies, institutes and monitors known by names that read like a person's.</summary>
public class KnownBodiesTests
{
    [Theory]
    [InlineData("Saab said Sweden had sent jets .", 1, "Saab")]
    [InlineData("An Amnesty International report said rifles had arrived .", 2, "Amnesty International")]
    [InlineData("An Amnesty International report said rifles had arrived .", 3, "Amnesty International")]
    [InlineData("Analysts at SIPRI said drones had arrived .", 3, "Stockholm International Peace Research Institute")]
    public void A_body_known_by_its_name_is_found_at_any_of_its_words(string sentence, int word, string body) =>
        KnownBodies.At(Parsed(sentence), word).Should().Be(body);

    [Theory]
    [InlineData("Saab Kowalski said Sweden had sent jets .", 1)]
    [InlineData("Colonel Boeing Smith said rifles had arrived .", 2)]
    [InlineData("The amnesty said nothing of rifles .", 2)]
    public void A_known_name_inside_a_longer_name_or_in_lower_case_is_no_body(string sentence, int word) =>
        KnownBodies.At(Parsed(sentence), word).Should().BeNull();

    // The lookup reads only the words as written; their parse does not matter to it.
    private static ParsedSentence Parsed(string sentence) =>
        new(0, 0, [.. sentence.Split(' ').Select((form, i) => new SyntaxWord(i + 1, form, 0, 0, "X", form, 0, "dep"))]);
}
