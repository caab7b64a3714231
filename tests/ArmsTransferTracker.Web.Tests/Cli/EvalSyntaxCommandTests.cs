using ArmsTransferTracker.Web.Cli;

namespace ArmsTransferTracker.Web.Tests.Cli;

public sealed class EvalSyntaxCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("att-eval-syntax-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // Two sentences of our own with their trees, in CoNLL-U.
    private const string Key = """
        # text = Iran sent drones.
        1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
        2	sent	send	VERB	VBD	_	0	root	_	_
        3	drones	drone	NOUN	NNS	_	2	obj	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_

        # text = Moscow denied it.
        1	Moscow	Moscow	PROPN	NNP	_	2	nsubj	_	_
        2	denied	deny	VERB	VBD	_	0	root	_	_
        3	it	it	PRON	PRP	_	2	obj	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_

        """;

    [Fact]
    public void Ends_with_the_score_line_over_every_word_of_the_file()
    {
        var file = Path.Combine(_root, "key.conllu");
        File.WriteAllText(file, Key);
        var output = new StringWriter();

        var exitCode = EvalSyntaxCommand.Run([file], output, new StringWriter());

        exitCode.Should().Be(0);
        var lines = output.ToString().TrimEnd().Split('\n');
        lines[0].Should().Be("2 sentences, 8 words");
        lines[^1].Should().MatchRegex(
            @"^UPOS 100\.00 UAS 100\.00 LAS 100\.00 tokens/s \d+$", "the shipped model parses these plain sentences right");
    }

    [Fact]
    public void Without_a_file_it_prints_its_usage_and_exits_2()
    {
        var errors = new StringWriter();

        EvalSyntaxCommand.Run([], new StringWriter(), errors).Should().Be(2);

        errors.ToString().Should().StartWith("usage: eval-syntax FILE.conllu");
    }

    [Fact]
    public void A_missing_or_malformed_file_is_named_in_the_error()
    {
        var broken = Path.Combine(_root, "broken.conllu");
        File.WriteAllText(broken, "1\tIran\tIran\tPROPN\n");
        var errors = new StringWriter();

        EvalSyntaxCommand.Run([Path.Combine(_root, "missing.conllu")], new StringWriter(), errors).Should().Be(2);
        EvalSyntaxCommand.Run([broken], new StringWriter(), errors).Should().Be(2);

        errors.ToString().Should().Contain("no such file: ").And.Contain("missing.conllu")
            .And.Contain("broken.conllu is not CoNLL-U: line 1: expected 10 tab-separated columns, found 4");
    }
}
