using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;
using HandWord = (string Form, string Upos, string? Lemma, int Head, string Relation);

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>
/// A trailing "said" whose subject the parser put across the claim: the speaker is read from the words just before the
/// verb. The parses here are written by hand, as the parser makes them on long news sentences it gets wrong.
/// </summary>
public class TrailingSpeakerTests
{
    // Each word's form, part of speech, lemma, head and relation, the claim's subject taken for the speaker's.
    private static readonly HandWord[] IranSentDronesKimSaid =
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
        var attributions = Read(IranSentDronesKimSaid);

        attributions.Should().Contain(a => a.Speaker.Name == "Kim Seo-yeon" && a.Cue == Cue.Asserts && a.Governs(2));
    }

    // "said" hung as a conjunct of the claim's verb, and the phrase after a comma taken for a clause it introduces.
    private static readonly HandWord[] NorwaySentTanksMinistrySaidInADeal =
    [
        ("Norway", "PROPN", null, 2, "nsubj"), ("sent", "VERB", "send", 0, "root"), ("tanks", "NOUN", "tank", 2, "obj"),
        ("to", "ADP", null, 5, "case"), ("Latvia", "PROPN", null, 3, "nmod"), (",", "PUNCT", null, 9, "punct"),
        ("the", "DET", null, 8, "det"), ("ministry", "NOUN", null, 9, "nsubj"), ("said", "VERB", "say", 2, "conj"),
        (",", "PUNCT", null, 13, "punct"), ("in", "ADP", null, 12, "case"), ("a", "DET", null, 12, "det"),
        ("deal", "NOUN", null, 13, "nsubj"), ("meant", "VERB", "mean", 9, "ccomp"), ("to", "PART", null, 15, "mark"),
        ("help", "VERB", null, 13, "xcomp"), (".", "PUNCT", null, 2, "punct"),
    ];

    [Fact]
    public void A_said_whose_clause_after_it_is_set_off_by_a_comma_governs_the_claim_before_it()
    {
        var attributions = Read(NorwaySentTanksMinistrySaidInADeal);

        attributions.Should().Contain(a => a.Speaker.Name == "ministry" && a.Cue == Cue.Asserts && a.Governs(2));
    }

    // Two subjects of "said": the goods before the comma, which the parser took for one, and the speaker after it.
    private static readonly HandWord[] HowitzersOrderedByEstoniaCompanySaid =
    [
        ("Hanwha", "PROPN", null, 2, "nsubj"), ("handed", "VERB", "hand", 0, "root"), ("over", "ADP", null, 2, "compound:prt"),
        ("two", "NUM", null, 5, "nummod"), ("howitzers", "NOUN", "howitzer", 12, "nsubj"), ("ordered", "VERB", "order", 5, "acl"),
        ("by", "ADP", null, 8, "case"), ("Estonia", "PROPN", null, 6, "obl:agent"), (",", "PUNCT", null, 5, "punct"),
        ("the", "DET", null, 11, "det"), ("company", "NOUN", null, 12, "nsubj"), ("said", "VERB", "say", 2, "ccomp"),
        (".", "PUNCT", null, 2, "punct"),
    ];

    [Fact]
    public void Of_two_subjects_of_said_the_one_after_the_comma_is_the_speaker()
    {
        var attributions = Read(HowitzersOrderedByEstoniaCompanySaid);

        attributions.Should().ContainSingle().Which.Speaker.Name.Should().Be("company");
    }

    // The speaker's phrase before a trailing "said", hung apart from it, with a relative clause the parser kept inside it.
    private static readonly HandWord[] PlaneFlewRiflesDiplomatWhoTracksSaid =
    [
        ("A", "DET", null, 3, "det"), ("Russian", "ADJ", null, 3, "amod"), ("plane", "NOUN", null, 4, "nsubj"),
        ("flew", "VERB", "fly", 17, "ccomp"), ("rifles", "NOUN", "rifle", 4, "obj"), ("to", "ADP", null, 7, "case"),
        ("Mali", "PROPN", null, 4, "obl"), (",", "PUNCT", null, 11, "punct"), ("a", "DET", null, 11, "det"),
        ("Western", "ADJ", null, 11, "amod"), ("diplomat", "NOUN", null, 4, "parataxis"), ("who", "PRON", null, 13, "nsubj"),
        ("tracks", "VERB", "track", 11, "acl:relcl"), ("the", "DET", null, 15, "det"), ("region", "NOUN", null, 13, "obj"),
        ("closely", "ADV", null, 17, "advmod"), ("said", "VERB", "say", 0, "root"), (".", "PUNCT", null, 17, "punct"),
    ];

    [Fact]
    public void A_trailing_speakers_phrase_ends_where_its_relative_clause_begins()
    {
        var attributions = Read(PlaneFlewRiflesDiplomatWhoTracksSaid);

        attributions.Should().ContainSingle().Which.Speaker.Name.Should().Be("Western diplomat");
    }

    private static IReadOnlyList<ArmsTransferTracker.Extraction.Attribution.Attribution> Read(HandWord[] words) =>
        AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(words)));
}
