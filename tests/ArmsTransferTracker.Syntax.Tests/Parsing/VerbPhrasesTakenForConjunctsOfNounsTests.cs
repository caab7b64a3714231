using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class VerbPhrasesTakenForConjunctsOfNounsTests
{
    [Fact]
    public void A_verb_with_its_own_auxiliary_hung_on_a_list_joins_the_verb_that_governs_the_list()
    {
        // "Chile turned to Peru and Brazil , and has bought jets .": 1 Chile, 2 turned, 3 to, 4 Peru, 5 and, 6 Brazil, 7 ",",
        // 8 and, 9 has, 10 bought, 11 jets, 12 "."; parsed with "bought" a conjunct of "Peru".
        string[] upos = ["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "CCONJ", "AUX", "VERB", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 4, 2, 6, 4, 10, 10, 10, 4, 10, 2];
        string[] relations = ["nsubj", "root", "case", "obl", "cc", "conj", "punct", "cc", "aux", "conj", "obj", "punct"];

        VerbPhrasesTakenForConjunctsOfNouns.Mend(upos, heads, relations);

        heads[9].Should().Be(2);
        relations[9].Should().Be("conj");
    }

    [Fact]
    public void A_verb_with_a_subject_of_its_own_stays_where_it_hangs()
    {
        // "Chile turned to Peru and Brazil , and it has bought jets .": 1 Chile, 2 turned, 3 to, 4 Peru, 5 and, 6 Brazil,
        // 7 ",", 8 and, 9 it, 10 has, 11 bought, 12 jets, 13 "."; a clause with a subject is no shared predicate.
        string[] upos = ["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "CCONJ", "PRON", "AUX", "VERB", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 4, 2, 6, 4, 11, 11, 11, 11, 4, 11, 2];
        string[] relations = ["nsubj", "root", "case", "obl", "cc", "conj", "punct", "cc", "nsubj", "aux", "conj", "obj", "punct"];

        VerbPhrasesTakenForConjunctsOfNouns.Mend(upos, heads, relations);

        heads[10].Should().Be(4);
    }

    [Fact]
    public void A_verb_without_an_auxiliary_stays_where_it_hangs()
    {
        // "Chile turned to Peru and Brazil , and bought jets .": 1-6 as above, 7 ",", 8 and, 9 bought, 10 jets, 11 ".";
        // without a tense of its own the verb may be a participle of the list's, and is left to the parser.
        string[] upos = ["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "CCONJ", "VERB", "NOUN", "PUNCT"];
        int[] heads = [2, 0, 4, 2, 6, 4, 9, 9, 4, 9, 2];
        string[] relations = ["nsubj", "root", "case", "obl", "cc", "conj", "punct", "cc", "conj", "obj", "punct"];

        VerbPhrasesTakenForConjunctsOfNouns.Mend(upos, heads, relations);

        heads[8].Should().Be(4);
    }
}
