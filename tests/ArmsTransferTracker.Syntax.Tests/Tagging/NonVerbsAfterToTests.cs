using ArmsTransferTracker.Syntax.Lemmas;
using ArmsTransferTracker.Syntax.Tagging;
using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Syntax.Tests.Tagging;

public class NonVerbsAfterToTests
{
    // What a treebank might have taught: "foreign" and "rebel" never verbs; "store" a noun, but "stored" a verb.
    private static readonly Lemmatizer Seen = Lemmatizer.Build([
        Sentence(("foreign", "foreign", "ADJ"), ("rebel", "rebel", "NOUN"), ("store", "store", "NOUN")),
        Sentence(("stored", "store", "VERB"), ("supplied", "supply", "VERB"), ("sell", "sell", "VERB")),
    ]);

    [Theory]
    [InlineData("foreign")]
    [InlineData("rebel")]
    public void A_word_never_seen_as_a_verb_after_to_makes_to_a_preposition_and_the_word_a_noun_or_adjective(string word)
    {
        var limits = NonVerbsAfterTo.Limits(["sent", "jets", "to", word, "forces"], ["VERB", "NOUN", "PART", "VERB", "NOUN"], Seen, null);

        // Each word's allowed tags, "any" where the tagger stays free.
        limits?.Select(l => l is null ? "any" : string.Join('|', l.Order())).Should().Equal("any", "any", "ADP", "ADJ|NOUN", "any");
    }

    [Theory]
    [InlineData("sell")]
    [InlineData("store")]
    [InlineData("resupply")]
    public void A_verb_or_a_noun_seen_in_another_form_as_a_verb_stays_an_infinitive(string word) =>
        NonVerbsAfterTo.Limits(["plans", "to", word, "arms"], ["VERB", "PART", "VERB", "NOUN"], Seen, null).Should().BeNull();

    [Fact]
    public void The_callers_limits_on_other_words_are_kept()
    {
        IReadOnlySet<string> name = new HashSet<string> { "PROPN" };

        var limits = NonVerbsAfterTo.Limits(["Iran", "sent", "drones", "to", "foreign", "buyers"],
            ["PROPN", "VERB", "NOUN", "PART", "VERB", "NOUN"], Seen, [name, null, null, null, null, null]);

        limits![0].Should().BeSameAs(name);
    }

    [Fact]
    public void The_shipped_model_reads_a_recipient_described_by_an_adjective_after_to()
    {
        var tree = SyntaxModel.English.Analyze("Spain delivered jets to foreign air forces last year.").Single();

        tree.Words.Where(w => w.Form is "to" or "foreign").Select(w => w.Upos).Should().Equal("ADP", "ADJ");
        var to = tree.Words.Single(w => w.Form == "to");
        (tree[to.Head].Form, to.Relation).Should().Be(("forces", "case"));
    }

    private static TreebankSentence Sentence(params (string Form, string Lemma, string Upos)[] words) =>
        new(null, words.Select(w => new TreebankWord(w.Form, w.Lemma, w.Upos, "_", 0, "root")).ToList());
}
