using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>
/// The sentence that closes a quotation begun in the sentence before, parsed as the parser does on news: the quotation's
/// first word taken for the subject of the verb of speech, and the speaker's name and role hung from it.
/// </summary>
public class QuotationCloserTests
{
    // 'Everything we have, we took from the army," the group's spokesman, Jean Habimana, wrote.'
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] EverythingWeHaveHabimanaWrote =
    [
        ("Everything", "PRON", "everything", 19, "nsubj"), ("we", "PRON", null, 3, "nsubj"), ("have", "VERB", null, 1, "acl:relcl"),
        (",", "PUNCT", null, 1, "punct"), ("we", "PRON", null, 6, "nsubj"), ("took", "VERB", "take", 1, "acl:relcl"),
        ("from", "ADP", null, 9, "case"), ("the", "DET", null, 9, "det"), ("army", "NOUN", null, 6, "obl"),
        (",", "PUNCT", null, 9, "punct"), ("\"", "PUNCT", null, 9, "punct"), ("the", "DET", null, 13, "det"),
        ("group", "NOUN", null, 15, "nmod:poss"), ("'s", "PART", null, 13, "case"), ("spokesman", "NOUN", null, 1, "appos"),
        (",", "PUNCT", null, 17, "punct"), ("Jean", "PROPN", null, 15, "appos"), ("Habimana", "PROPN", null, 17, "flat"),
        ("wrote", "VERB", "write", 0, "root"), (".", "PUNCT", null, 19, "punct"),
    ];

    [Fact]
    public void The_one_named_between_the_closing_mark_and_the_verb_speaks()
    {
        var sentence = HandParse.Sentence(EverythingWeHaveHabimanaWrote) with { InQuotation = true };

        var attributions = AttributionReader.Read(SentenceMentions.Find(sentence));

        attributions.Should().ContainSingle().Which.Speaker.Name.Should().Be("Jean Habimana");
    }

    [Fact]
    public void Outside_a_quotation_the_subject_stays_the_subject()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(EverythingWeHaveHabimanaWrote)));

        attributions.Should().NotContain(a => a.Speaker.Name == "Jean Habimana");
    }
}
