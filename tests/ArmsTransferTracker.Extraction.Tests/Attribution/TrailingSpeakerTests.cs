using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>
/// A trailing "said" whose subject the parser put across the claim: the speaker is read from the words just before the
/// verb. The parses here are written by hand, as the parser makes them on long news sentences it gets wrong.
/// </summary>
public class TrailingSpeakerTests
{
    // Each word's form, part of speech, lemma, head and relation, the claim's subject taken for the speaker's.
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] IranSentDronesKimSaid =
    [
        ("Iran", "PROPN", null, 15, "nsubj"), ("sent", "VERB", "send", 15, "ccomp"), ("drones", "NOUN", "drone", 2, "obj"),
        ("to", "ADP", null, 5, "case"), ("Sudan", "PROPN", null, 2, "obl"), (",", "PUNCT", null, 8, "punct"),
        ("the", "DET", null, 8, "det"), ("minister", "NOUN", null, 1, "appos"), (",", "PUNCT", null, 10, "punct"),
        ("Kim", "PROPN", null, 8, "appos"), ("Seo", "PROPN", null, 10, "flat"), ("-", "PUNCT", null, 13, "punct"),
        ("yeon", "PROPN", null, 10, "flat"), (",", "PUNCT", null, 15, "punct"), ("said", "VERB", "say", 0, "root"),
        (".", "PUNCT", null, 15, "punct"),
    ];

    [Fact]
    public void A_hyphenated_name_before_a_trailing_said_is_the_speaker()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(IranSentDronesKimSaid)));

        attributions.Should().Contain(a => a.Speaker.Name == "Kim Seo-yeon" && a.Cue == Cue.Asserts && a.Governs(2));
    }
}
