using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>"According to X" where the parser made X the root of the sentence and hung the claim from it.</summary>
public class AccordingToTests
{
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] SourceReadAsRoot =
    [
        ("Turkish", "ADJ", null, 2, "amod"), ("firms", "NOUN", "firm", 4, "nsubj"), ("have", "AUX", null, 4, "aux"),
        ("sold", "VERB", "sell", 15, "parataxis"), ("engines", "NOUN", "engine", 4, "obj"), ("to", "ADP", null, 9, "case"),
        ("an", "DET", null, 9, "det"), ("Iranian", "ADJ", null, 9, "amod"), ("plant", "NOUN", null, 4, "obl"),
        (",", "PUNCT", null, 15, "punct"), ("according", "VERB", "accord", 15, "case"), ("to", "ADP", null, 11, "fixed"),
        ("Western", "ADJ", null, 15, "amod"), ("intelligence", "NOUN", null, 15, "compound"),
        ("officials", "NOUN", "official", 0, "root"), (".", "PUNCT", null, 15, "punct"),
    ];

    [Fact]
    public void A_source_read_as_the_root_speaks_for_the_claim_hung_from_it()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(SourceReadAsRoot)));

        attributions.Should().ContainSingle(a => a.Speaker.Name == "Western intelligence officials" && a.Cue == Cue.Asserts)
            .Which.Governs(4).Should().BeTrue();
    }

    [Fact]
    public void A_scrambled_line_whose_source_climbs_to_the_root_is_read_without_error()
    {
        // The source's modifiers climbed to a root with no clause above it: "according to" then had nothing to speak for.
        var reading = () => StageRun.Of("shells according a to report the monitors Wednesday.").Findings;

        reading.Should().NotThrow();
    }
}
