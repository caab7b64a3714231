using ArmsTransferTracker.Syntax.Treebank;

namespace ArmsTransferTracker.Syntax.Tests.Treebank;

public class ConlluReaderTests
{
    // A sentence of our own in CoNLL-U, with a multi-word token ("don't") and an empty node (8.1).
    private const string TwoSentences = """
        # sent_id = 1
        # text = They don't sell drones.
        1	They	they	PRON	PRP	_	4	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	sell	sell	VERB	VB	_	0	root	_	_
        5	drones	drone	NOUN	NNS	_	4	obj	_	SpaceAfter=No
        5.1	sold	sell	VERB	VBD	_	_	_	4:conj	_
        6	.	.	PUNCT	.	_	4	punct	_	_

        # text = Yes.
        1	Yes	yes	INTJ	UH	_	0	root	_	SpaceAfter=No
        2	.	.	PUNCT	.	_	1	punct	_	_

        """;

    [Fact]
    public void Reads_syntactic_words_past_multiword_tokens_and_empty_nodes()
    {
        var sentences = ConlluReader.Read(new StringReader(TwoSentences)).ToList();

        sentences.Should().HaveCount(2);
        sentences[0].Text.Should().Be("They don't sell drones.");
        sentences[0].Words.Select(w => w.Form).Should().Equal("They", "do", "n't", "sell", "drones", ".");
        sentences[0].Words.Select(w => w.Head).Should().Equal(4, 4, 4, 0, 4, 4);
        sentences[0].Words[4].Should().Be(new TreebankWord("drones", "drone", "NOUN", "NNS", 4, "obj"));
        sentences[1].Words.Select(w => w.Relation).Should().Equal("root", "punct");
    }

    [Fact]
    public void A_line_without_ten_columns_is_refused_with_its_number()
    {
        var broken = "# text = Hi\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\n";

        var read = () => ConlluReader.Read(new StringReader(broken)).ToList();

        read.Should().Throw<FormatException>().WithMessage("line 2: expected 10 tab-separated columns, found 8");
    }

    [Fact]
    public void A_head_that_is_not_a_number_is_refused()
    {
        var broken = "1\tHi\thi\tINTJ\tUH\t_\tx\troot\t_\t_\n";

        var read = () => ConlluReader.Read(new StringReader(broken)).ToList();

        read.Should().Throw<FormatException>().WithMessage("line 1: the head 'x' is not a number");
    }
}
