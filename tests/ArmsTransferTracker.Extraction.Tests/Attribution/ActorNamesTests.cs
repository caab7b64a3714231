using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Mentions;

namespace ArmsTransferTracker.Extraction.Tests.Attribution;

/// <summary>How the attribution stage names the actors its speakers' phrases refer to.</summary>
public class ActorNamesTests
{
    [Fact]
    public void Coordinated_groups_of_officials_are_two_actors_each_of_its_own_side()
    {
        var phrase = new ActorPhrase(4, "Finnish and Estonian officials", ActorKind.Officials, null, "Finland", ActorReference.Named);

        ActorNames.SplitCoordinated(phrase).Select(p => (p.Name, p.Affiliation)).Should()
            .Equal(("Finnish officials", "Finland"), ("Estonian officials", "Estonia"));
    }

    // "a charge Niamey also denies", parsed with the capital in apposition to the charge, as the parser does on news.
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] ChargeNiameyDenies =
    [
        ("Chad", "PROPN", null, 2, "nsubj"), ("accuses", "VERB", "accuse", 0, "root"), ("Niger", "PROPN", null, 2, "obj"),
        ("of", "SCONJ", null, 5, "mark"), ("hiding", "VERB", "hide", 2, "advcl"), ("rebels", "NOUN", "rebel", 5, "obj"),
        (",", "PUNCT", null, 11, "punct"), ("a", "DET", null, 9, "det"), ("charge", "NOUN", null, 11, "nsubj"),
        ("Niamey", "PROPN", null, 9, "appos"), ("denies", "VERB", "deny", 2, "conj"), (".", "PUNCT", null, 2, "punct"),
    ];

    // "The same panel denied the report.": a body's kind after a word that points back.
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] SamePanelDenies =
    [
        ("The", "DET", "the", 3, "det"), ("same", "ADJ", null, 3, "amod"), ("panel", "NOUN", "panel", 4, "nsubj"),
        ("denied", "VERB", "deny", 0, "root"), ("the", "DET", null, 6, "det"), ("report", "NOUN", null, 4, "obj"),
        (".", "PUNCT", null, 4, "punct"),
    ];

    [Fact]
    public void A_bodys_kind_after_the_same_refers_back_as_the_kind_alone_does()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(SamePanelDenies)));

        attributions.Should().ContainSingle()
            .Which.Speaker.Should().BeEquivalentTo(new { Name = "same panel", Reference = ActorReference.Role });
    }

    // "Images from January show drones", parsed as the parser may: the month the subject of "show".
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] JanuaryShowsDrones =
    [
        ("Images", "NOUN", "image", 3, "compound"), ("from", "ADP", null, 3, "case"), ("January", "PROPN", null, 4, "nsubj"),
        ("show", "VERB", "show", 0, "root"), ("drones", "NOUN", "drone", 4, "obj"), (".", "PUNCT", null, 4, "punct"),
    ];

    // "Government spokeswoman Clarisse Uwase denied the report.", tagged as the tagger may: a name it never saw, common nouns.
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] SpokeswomanOfUnknownName =
    [
        ("Government", "NOUN", "government", 4, "compound"), ("spokeswoman", "NOUN", "spokeswoman", 4, "compound"),
        ("Clarisse", "NOUN", "clarisse", 4, "compound"), ("Uwase", "NOUN", "uwase", 5, "nsubj"), ("denied", "VERB", "deny", 0, "root"),
        ("the", "DET", null, 7, "det"), ("report", "NOUN", null, 5, "obj"), (".", "PUNCT", null, 5, "punct"),
    ];

    [Fact]
    public void Capitalised_words_the_treebank_never_saw_after_a_role_are_the_holders_name_however_tagged()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(SpokeswomanOfUnknownName)));

        attributions.Should().ContainSingle()
            .Which.Speaker.Should().BeEquivalentTo(new { Name = "Clarisse Uwase", Kind = ActorKind.Person });
    }

    // "The Czech firm Ondava Defence Systems denied the report.": a body named after its description, a title's word inside.
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] FirmWithDefenceInItsName =
    [
        ("The", "DET", null, 6, "det"), ("Czech", "ADJ", null, 3, "amod"), ("firm", "NOUN", "firm", 6, "compound"),
        ("Ondava", "PROPN", null, 6, "compound"), ("Defence", "PROPN", null, 6, "compound"), ("Systems", "PROPN", null, 7, "nsubj"),
        ("denied", "VERB", "deny", 0, "root"), ("the", "DET", null, 9, "det"), ("report", "NOUN", null, 7, "obj"),
        (".", "PUNCT", null, 7, "punct"),
    ];

    // "The research group Quillon Armament Watch denied the report.", its name tagged as common nouns.
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] GroupNamedInCommonNouns =
    [
        ("The", "DET", null, 6, "det"), ("research", "NOUN", "research", 3, "compound"), ("group", "NOUN", "group", 6, "compound"),
        ("Quillon", "NOUN", "quillon", 5, "compound"), ("Armament", "NOUN", "armament", 6, "compound"),
        ("Watch", "NOUN", "watch", 7, "nsubj"), ("denied", "VERB", "deny", 0, "root"), ("the", "DET", null, 9, "det"),
        ("report", "NOUN", null, 7, "obj"), (".", "PUNCT", null, 7, "punct"),
    ];

    // "The report was denied by the group Bread & Peace Monitor.", with the name's last word hung from the verb.
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] GroupWithAnAmpersand =
    [
        ("The", "DET", null, 2, "det"), ("report", "NOUN", null, 4, "nsubj:pass"), ("was", "AUX", "be", 4, "aux:pass"),
        ("denied", "VERB", "deny", 0, "root"), ("by", "ADP", null, 8, "case"), ("the", "DET", null, 8, "det"),
        ("group", "NOUN", "group", 8, "compound"), ("Bread", "NOUN", "bread", 4, "obl:agent"), ("&", "CCONJ", null, 10, "cc"),
        ("Peace", "NOUN", "peace", 8, "conj"), ("Monitor", "NOUN", "monitor", 4, "obl"), (".", "PUNCT", null, 4, "punct"),
    ];

    [Theory]
    [InlineData(nameof(FirmWithDefenceInItsName), "Ondava Defence Systems")]
    [InlineData(nameof(GroupNamedInCommonNouns), "Quillon Armament Watch")]
    [InlineData(nameof(GroupWithAnAmpersand), "Bread & Peace Monitor")]
    public void A_body_named_after_its_description_is_named_by_all_its_capitalised_words(string parse, string name)
    {
        var words = parse switch
        {
            nameof(FirmWithDefenceInItsName) => FirmWithDefenceInItsName,
            nameof(GroupNamedInCommonNouns) => GroupNamedInCommonNouns,
            _ => GroupWithAnAmpersand,
        };

        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(words)));

        attributions.Should().Contain(a => a.Speaker.Name == name && a.Speaker.Kind == ActorKind.Organisation);
    }

    [Fact]
    public void A_time_is_no_speaker()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(JanuaryShowsDrones)));

        attributions.Should().NotContain(a => a.Speaker.Name == "January");
    }

    [Fact]
    public void A_capital_in_apposition_is_no_persons_name()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(ChargeNiameyDenies)));

        attributions.Should().NotContain(a => a.Speaker.Kind == ActorKind.Person && a.Speaker.Name == "Niamey");
    }

    // "Police seized Iranian-made guided missiles, the ministry announced", parsed as the parser did on news: "made" the
    // subject of "guided", and "announced" hung from "guided" with no subject of its own.
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] MadeGuidedAnnounced =
    [
        ("Police", "NOUN", null, 2, "nsubj"), ("seized", "VERB", "seize", 0, "root"), ("Iranian", "ADJ", null, 5, "amod"),
        ("-", "PUNCT", null, 3, "punct"), ("made", "VERB", "make", 6, "nsubj"), ("guided", "VERB", "guide", 2, "advcl"),
        ("missiles", "NOUN", "missile", 6, "obj"), (",", "PUNCT", null, 10, "punct"), ("the", "DET", null, 10, "det"),
        ("ministry", "NOUN", null, 7, "appos"), ("announced", "VERB", "announce", 6, "xcomp"), (".", "PUNCT", null, 2, "punct"),
    ];

    [Fact]
    public void A_verb_the_parser_took_for_a_subject_is_no_speaker()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(MadeGuidedAnnounced)));

        attributions.Should().NotContain(a => a.Speaker.Name.Contains("made"));
    }

    [Fact]
    public void A_single_group_of_officials_stays_one_actor()
    {
        var phrase = new ActorPhrase(2, "Estonian officials", ActorKind.Officials, null, "Estonia", ActorReference.Named);

        ActorNames.SplitCoordinated(phrase).Should().ContainSingle().Which.Should().Be(phrase);
    }

    // "The study used what it called cargo records to claim that Pakistan sent rockets", parsed as the parser does such
    // sentences on news: "cargo" taken for a name, the subject of "records" taken for a verb that "to claim" hangs from.
    private static readonly (string Form, string Upos, string? Lemma, int Head, string Relation)[] CargoManifests =
    [
        ("The", "DET", null, 2, "det"), ("study", "NOUN", null, 3, "nsubj"), ("used", "VERB", "use", 0, "root"),
        ("what", "PRON", null, 3, "obj"), ("it", "PRON", null, 6, "nsubj"), ("called", "VERB", "call", 4, "acl:relcl"),
        ("the", "DET", null, 9, "det"), ("cargo", "PROPN", null, 9, "nsubj"), ("records", "VERB", "record", 6, "ccomp"),
        ("to", "PART", null, 11, "mark"), ("claim", "VERB", null, 9, "xcomp"), ("that", "SCONJ", null, 14, "mark"),
        ("Pakistan", "PROPN", null, 14, "nsubj"), ("sent", "VERB", "send", 11, "ccomp"), ("rockets", "NOUN", "rocket", 14, "obj"),
        (".", "PUNCT", null, 3, "punct"),
    ];

    [Fact]
    public void A_word_in_lower_case_tagged_as_a_name_is_no_speaker_when_its_noun_could_not_speak()
    {
        var attributions = AttributionReader.Read(SentenceMentions.Find(HandParse.Sentence(CargoManifests)));

        attributions.Select(a => a.Speaker.Name).Should().NotContain("cargo");
    }
}
