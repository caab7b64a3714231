using ArmsTransferTracker.Syntax.Lemmas;
using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Syntax.Tests.Lemmas;

public class LemmatizerTests
{
    // Our own sentences: the lemmatizer learns whole words and, from them, the endings of words it has not seen.
    private static readonly Lemmatizer Lemmatizer = Lemmatizer.Build([
        Sentence(("sent", "send", "VERB"), ("drones", "drone", "NOUN"), ("supplies", "supply", "NOUN"), ("was", "be", "AUX")),
        Sentence(("allies", "ally", "NOUN"), ("parties", "party", "NOUN"), ("armies", "army", "NOUN"), ("tanks", "tank", "NOUN")),
        Sentence(("shells", "shell", "NOUN"), ("rifles", "rifle", "NOUN"), ("jets", "jet", "NOUN"), ("Iran", "Iran", "PROPN")),
        Sentence(("went", "go", "VERB"), ("went", "go", "VERB"), ("went", "go", "VERB"), ("Iranian", "Iranian", "ADJ")),
        Sentence(("Iranian", "Iranian", "ADJ"), ("Iranian", "Iranian", "ADJ")),
    ]);

    [Theory]
    [InlineData("sent", "VERB", "send")]
    [InlineData("Was", "AUX", "be")]
    [InlineData("drones", "NOUN", "drone")]
    public void A_word_seen_with_its_tag_takes_the_treebanks_lemma(string form, string upos, string lemma) =>
        Lemmatizer.Lemmatize(form, upos).Should().Be(lemma);

    [Theory]
    [InlineData("militias", "NOUN", "militia")]
    [InlineData("factories", "NOUN", "factory")]
    public void An_unseen_word_takes_the_rewrite_of_its_longest_known_ending(string form, string upos, string lemma) =>
        Lemmatizer.Lemmatize(form, upos).Should().Be(lemma);

    [Theory]
    [InlineData("spent", "VERB", "spent")]
    [InlineData("Ukrainian", "ADJ", "ukrainian")]
    public void A_word_rewritten_as_a_whole_teaches_nothing_about_its_ending(string form, string upos, string lemma) =>
        Lemmatizer.Lemmatize(form, upos).Should().Be(lemma);

    [Fact]
    public void Proper_nouns_keep_their_form_and_unknown_words_are_lowered() =>
        (Lemmatizer.Lemmatize("Hezbollah", "PROPN"), Lemmatizer.Lemmatize("Quickly", "ADV")).Should().Be(("Hezbollah", "quickly"));

    [Theory]
    [InlineData("compiled", "compile")]
    [InlineData("trailed", "trail")]
    public void A_verb_the_treebank_knows_with_a_final_e_is_the_lemma_the_ending_would_cut_short(string form, string lemma)
    {
        // "-iled" drops "ed" in the words seen ("failed", "mailed", "sailed"); "compile" is known from "compiling".
        var lemmatizer = Lemmatizer.Build([
            Sentence(("failed", "fail", "VERB"), ("mailed", "mail", "VERB"), ("sailed", "sail", "VERB"), ("compiling", "compile", "VERB")),
        ]);

        lemmatizer.Lemmatize(form, "VERB").Should().Be(lemma);
    }

    private static TreebankSentence Sentence(params (string Form, string Lemma, string Upos)[] words) =>
        new(null, words.Select(w => new TreebankWord(w.Form, w.Lemma, w.Upos, "_", 0, "root")).ToList());
}
