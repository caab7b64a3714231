using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class InterjectedParticiplesTakenForVerbsTests
{
    // "the spokesman , asked about it , said no .": 1 the, 2 spokesman, 3 ",", 4 asked, 5 about, 6 it, 7 ",", 8 said, 9 no, 10 ".".
    private static readonly string[] Forms = ["the", "spokesman", ",", "asked", "about", "it", ",", "said", "no", "."];
    private static readonly string[] Upos = ["DET", "NOUN", "PUNCT", "VERB", "ADP", "PRON", "PUNCT", "VERB", "INTJ", "PUNCT"];

    [Fact]
    public void A_verb_hung_from_the_participle_takes_its_place_with_the_subject_and_the_words_after_it()
    {
        // Parsed with "asked" for the root and "said" a parataxis of it.
        int[] heads = [2, 4, 4, 0, 6, 4, 8, 4, 8, 4];
        string[] relations = ["det", "nsubj", "punct", "root", "case", "obl", "punct", "parataxis", "obj", "punct"];

        InterjectedParticiplesTakenForVerbs.Mend(Upos, Forms, heads, relations);

        heads.Should().Equal(2, 8, 4, 8, 6, 4, 8, 0, 8, 8);
        relations.Should().Equal("det", "nsubj", "punct", "advcl", "case", "obl", "punct", "root", "obj", "punct");
    }

    [Fact]
    public void A_participle_hung_from_the_verb_as_its_complement_gives_the_verb_its_subject()
    {
        // Parsed with "said" for the root and "asked", with "spokesman" for its subject, a clausal complement of it.
        int[] heads = [2, 4, 4, 8, 6, 4, 8, 0, 8, 8];
        string[] relations = ["det", "nsubj", "punct", "ccomp", "case", "obl", "punct", "root", "obj", "punct"];

        InterjectedParticiplesTakenForVerbs.Mend(Upos, Forms, heads, relations);

        heads.Should().Equal(2, 8, 4, 8, 6, 4, 8, 0, 8, 8);
        relations.Should().Equal("det", "nsubj", "punct", "advcl", "case", "obl", "punct", "root", "obj", "punct");
    }

    [Fact]
    public void A_passive_verb_after_its_auxiliaries_beside_the_participle_takes_the_subject_the_participle_describes()
    {
        // "they said the tanks , taken from storage , were sent to Russia .", parsed with "taken", with "tanks" for its subject,
        // and "sent" side by side as complements of "said".
        string[] forms = ["they", "said", "the", "tanks", ",", "taken", "from", "storage", ",", "were", "sent", "to", "Russia", "."];
        string[] upos = ["PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "AUX", "VERB", "ADP", "PROPN", "PUNCT"];
        int[] heads = [2, 0, 4, 6, 6, 2, 8, 6, 2, 11, 2, 13, 11, 2];
        string[] relations =
            ["nsubj", "root", "det", "nsubj:pass", "punct", "ccomp", "case", "obl", "punct", "aux:pass", "ccomp", "case", "obl", "punct"];

        InterjectedParticiplesTakenForVerbs.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 0, 4, 11, 6, 4, 8, 6, 2, 11, 2, 13, 11, 2);
        relations.Should().Equal(
            "nsubj", "root", "det", "nsubj:pass", "punct", "acl", "case", "obl", "punct", "aux:pass", "ccomp", "case", "obl", "punct");
    }

    [Fact]
    public void An_adverb_may_open_the_participles_phrase()
    {
        // "the tanks , still carrying flags , were sent to Russia .", parsed with "tanks" the subject of "carrying", which hangs
        // from "sent" as a clause of its own.
        string[] forms = ["the", "tanks", ",", "still", "carrying", "flags", ",", "were", "sent", "to", "Russia", "."];
        string[] upos = ["DET", "NOUN", "PUNCT", "ADV", "VERB", "NOUN", "PUNCT", "AUX", "VERB", "ADP", "PROPN", "PUNCT"];
        int[] heads = [2, 5, 5, 5, 9, 5, 5, 9, 0, 11, 9, 9];
        string[] relations = ["det", "nsubj", "punct", "advmod", "advcl", "obj", "punct", "aux:pass", "root", "case", "obl", "punct"];

        InterjectedParticiplesTakenForVerbs.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 9, 5, 5, 2, 5, 5, 9, 0, 11, 9, 9);
        relations.Should().Equal("det", "nsubj:pass", "punct", "advmod", "acl", "obj", "punct", "aux:pass", "root", "case", "obl", "punct");
    }

    [Fact]
    public void A_verb_with_a_subject_of_its_own_is_left_alone()
    {
        // "the spokesman , asked about it , we said no .": "said" has its own subject, so the participle is the clause's verb.
        string[] forms = ["the", "spokesman", ",", "asked", "about", "it", ",", "we", "said", "no", "."];
        string[] upos = ["DET", "NOUN", "PUNCT", "VERB", "ADP", "PRON", "PUNCT", "PRON", "VERB", "INTJ", "PUNCT"];
        int[] heads = [2, 4, 4, 0, 6, 4, 9, 9, 4, 9, 4];
        string[] relations = ["det", "nsubj", "punct", "root", "case", "obl", "punct", "nsubj", "parataxis", "obj", "punct"];

        InterjectedParticiplesTakenForVerbs.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 4, 4, 0, 6, 4, 9, 9, 4, 9, 4);
        relations.Should().Equal("det", "nsubj", "punct", "root", "case", "obl", "punct", "nsubj", "parataxis", "obj", "punct");
    }

    [Fact]
    public void A_participle_that_opens_the_sentence_modifies_the_verb_of_the_clause_after_its_comma()
    {
        // "asked about it , we said no .": 1 asked, 2 about, 3 it, 4 ",", 5 we, 6 said, 7 no, 8 "."; parsed with "asked" for
        // the root and "said", with its own subject, a parataxis of it.
        string[] forms = ["asked", "about", "it", ",", "we", "said", "no", "."];
        string[] upos = ["VERB", "ADP", "PRON", "PUNCT", "PRON", "VERB", "INTJ", "PUNCT"];
        int[] heads = [0, 3, 1, 6, 6, 1, 6, 1];
        string[] relations = ["root", "case", "obl", "punct", "nsubj", "parataxis", "obj", "punct"];

        InterjectedParticiplesTakenForVerbs.Mend(upos, forms, heads, relations);

        heads.Should().Equal(6, 3, 1, 6, 6, 0, 6, 6);
        relations.Should().Equal("advcl", "case", "obl", "punct", "nsubj", "root", "obj", "punct");
    }

    [Fact]
    public void A_subject_hung_from_an_opening_participles_phrase_is_the_subject_of_the_verb_after_it()
    {
        // "Asked about it , the spokesman , Ali Reza , would not confirm it": 1 Asked, 2 about, 3 it, 4 ",", 5 the, 6 spokesman,
        // 7 ",", 8 Ali, 9 Reza, 10 ",", 11 would, 12 not, 13 confirm, 14 it; parsed with "spokesman" and "Ali" each an
        // apposition of "it" and "confirm", with no subject, a parataxis of "Asked".
        string[] forms = ["Asked", "about", "it", ",", "the", "spokesman", ",", "Ali", "Reza", ",", "would", "not", "confirm", "it"];
        string[] upos = ["VERB", "ADP", "PRON", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "PART", "VERB",
            "PRON"];
        int[] heads = [0, 3, 1, 6, 6, 3, 8, 3, 8, 1, 13, 13, 1, 13];
        string[] relations = ["root", "case", "obl", "punct", "det", "appos", "punct", "appos", "flat", "punct", "aux", "advmod",
            "parataxis", "obj"];

        InterjectedParticiplesTakenForVerbs.Mend(upos, forms, heads, relations);

        (heads[5], relations[5]).Should().Be((13, "nsubj"));
        (heads[7], relations[7]).Should().Be((6, "appos"));
        (heads[12], relations[12]).Should().Be((0, "root"));
        (heads[0], relations[0]).Should().Be((13, "advcl"));
    }

    [Fact]
    public void A_participle_without_a_comma_before_it_is_the_clauses_verb()
    {
        // "the spokesman asked about it , said no": no comma sets "asked" off from its subject.
        string[] forms = ["the", "spokesman", "asked", "about", "it", ",", "said", "no"];
        string[] upos = ["DET", "NOUN", "VERB", "ADP", "PRON", "PUNCT", "VERB", "INTJ"];
        int[] heads = [2, 3, 0, 5, 3, 7, 3, 7];
        string[] relations = ["det", "nsubj", "root", "case", "obl", "punct", "conj", "obj"];

        InterjectedParticiplesTakenForVerbs.Mend(upos, forms, heads, relations);

        heads.Should().Equal(2, 3, 0, 5, 3, 7, 3, 7);
        relations.Should().Equal("det", "nsubj", "root", "case", "obl", "punct", "conj", "obj");
    }
}
