using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class AnswersToAChargeTakenForClausesTests
{
    [Fact]
    public void An_answer_read_as_a_conjunct_of_the_accusation_becomes_a_relative_clause_on_the_charge()
    {
        // "Ghana accused Chad of arming rebels , a charge Chad officials rejected .": 1 Ghana, 2 accused, 3 Chad, 4 of,
        // 5 arming, 6 rebels, 7 ",", 8 a, 9 charge, 10 Chad, 11 officials, 12 rejected, 13 "."; parsed with "charge" an
        // adjective of "officials" and "rejected" a conjunct of "accused".
        string[] upos = ["PROPN", "VERB", "PROPN", "SCONJ", "VERB", "NOUN", "PUNCT", "DET", "ADJ", "PROPN", "NOUN", "VERB", "PUNCT"];
        string[] forms = ["Ghana", "accused", "Chad", "of", "arming", "rebels", ",", "a", "charge", "Chad", "officials", "rejected", "."];
        int[] heads = [2, 0, 2, 5, 2, 5, 11, 11, 11, 11, 12, 2, 2];
        string[] relations = ["nsubj", "root", "obj", "mark", "advcl", "obj", "punct", "det", "amod", "compound", "nsubj", "conj",
            "punct"];

        AnswersToAChargeTakenForClauses.Mend(upos, forms, heads, relations);

        (heads[8], relations[8], upos[8]).Should().Be((2, "obl:unmarked", "NOUN"), "the charge answers the accusation");
        (heads[11], relations[11]).Should().Be((9, "acl:relcl"));
        (heads[10], relations[10]).Should().Be((12, "nsubj"));
        (heads[9], relations[9]).Should().Be((11, "compound"));
        (heads[7], heads[6], heads[12]).Should().Be((9, 9, 2));
    }

    [Fact]
    public void A_verb_of_answering_read_as_a_noun_is_retagged_and_takes_what_it_calls_the_charge()
    {
        // "Peru accused Bolivia of selling rifles , an accusation Bolivia calls false .": 1 Peru, 2 accused, 3 Bolivia, 4 of,
        // 5 selling, 6 rifles, 7 ",", 8 an, 9 accusation, 10 Bolivia, 11 calls, 12 false, 13 "."; parsed with "calls" a noun
        // joined to "accused" and "false" hung from the root.
        string[] upos = ["PROPN", "VERB", "PROPN", "SCONJ", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "NOUN", "ADJ", "PUNCT"];
        string[] forms = ["Peru", "accused", "Bolivia", "of", "selling", "rifles", ",", "an", "accusation", "Bolivia", "calls", "false",
            "."];
        int[] heads = [2, 0, 2, 5, 2, 5, 11, 11, 11, 11, 2, 2, 2];
        string[] relations = ["nsubj", "root", "obj", "mark", "advcl", "obj", "punct", "det", "compound", "compound", "conj",
            "parataxis", "punct"];

        AnswersToAChargeTakenForClauses.Mend(upos, forms, heads, relations);

        (heads[10], relations[10], upos[10]).Should().Be((9, "acl:relcl", "VERB"));
        (heads[9], relations[9]).Should().Be((11, "nsubj"));
        (heads[11], relations[11]).Should().Be((11, "xcomp"));
        heads[12].Should().Be(2, "the full stop stays the sentence's");
    }

    [Fact]
    public void A_charge_with_a_verb_of_its_own_after_a_preposition_is_left_to_the_parser()
    {
        // "Peru buys jets , a claim in Lima denied .": 1 Peru, 2 buys, 3 jets, 4 ",", 5 a, 6 claim, 7 in, 8 Lima, 9 denied,
        // 10 "."; a phrase with a preposition is no subject of the answer.
        string[] upos = ["PROPN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"];
        string[] forms = ["Peru", "buys", "jets", ",", "a", "claim", "in", "Lima", "denied", "."];
        int[] heads = [2, 0, 2, 6, 6, 3, 8, 6, 6, 2];
        string[] relations = ["nsubj", "root", "obj", "punct", "det", "appos", "case", "nmod", "acl", "punct"];

        AnswersToAChargeTakenForClauses.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 2, 6, 6, 3, 8, 6, 6, 2);
    }
}
