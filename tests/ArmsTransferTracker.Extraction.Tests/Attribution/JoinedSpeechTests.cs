using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>
/// A second verb of speech the parser joined to the clause the first one governs ("acknowledged that the plant had shipped
/// parts, but said ..."). The parses are written by hand, as the parser makes them on long news sentences.
/// </summary>
public class JoinedSpeechTests
{
    // "Officials, speaking anonymously, acknowledged that the plant had shipped parts to Israel but said no jets were sent.",
    // with the officials lost to "speaking" and "said" joined to "shipped".
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] PlantShippedButSaid =
    [
        ("Officials", "NOUN", "official", 3, "nsubj"), (",", "PUNCT", null, 3, "punct"), ("speaking", "VERB", "speak", 0, "root"),
        ("anonymously", "ADV", null, 3, "advmod"), (",", "PUNCT", null, 6, "punct"), ("acknowledged", "VERB", "acknowledge", 3, "conj"),
        ("that", "SCONJ", null, 11, "mark"), ("the", "DET", null, 9, "det"), ("plant", "NOUN", null, 11, "nsubj"),
        ("had", "AUX", "have", 11, "aux"), ("shipped", "VERB", "ship", 6, "ccomp"), ("parts", "NOUN", "part", 11, "obj"),
        ("to", "ADP", null, 14, "case"), ("Israel", "PROPN", null, 11, "obl"), ("but", "CCONJ", null, 16, "cc"),
        ("said", "VERB", "say", 11, "conj"), ("no", "DET", null, 18, "det"), ("jets", "NOUN", "jet", 20, "nsubj:pass"),
        ("were", "AUX", "be", 20, "aux:pass"), ("sent", "VERB", "send", 16, "ccomp"), (".", "PUNCT", null, 3, "punct"),
    ];

    [Fact]
    public void A_speech_verb_joined_to_what_another_said_is_not_said_by_that_clauses_subject()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(PlantShippedButSaid)));

        attributions.Should().NotContain(a => a.Speaker.Name == "plant");
    }
}
