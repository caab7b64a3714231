using ArmsTransferTracker.Syntax.Parsing;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class SpeechAsidesTests
{
    private static (int, int)? Aside(string sentence) =>
        SpeechAsides.Find([.. sentence.Split(' ').Select(w => new TextToken(w, 0, 0))]);

    [Fact]
    public void Only_an_aside_of_speech_after_a_short_subject_is_set_apart()
    {
        Aside("The drones , officials said , were shipped in May .").Should().Be((2, 5));
        Aside("Iran , the officials said , has shipped drones .").Should().Be((1, 5));
        Aside("Iran , a close ally , has shipped drones .").Should().BeNull("the aside names no speech");
        Aside("\" We sent nothing , \" he said , adding that ...").Should().BeNull("a quotation's own speaker is no aside");
        Aside("Iran has shipped drones to Russia since the spring of last year , officials said , adding details .").Should()
            .BeNull("speech after a long opening is the sentence's own");
    }

    [Fact]
    public void An_aside_hangs_from_the_verb_of_the_sentence_it_interrupts()
    {
        var tree = SyntaxModel.English.Analyze("Iran, the officials said, has shipped drones to Russia.").Single();

        Arc(tree, "shipped").Relation.Should().Be("root");
        Arc(tree, "Iran").Should().Be((Index(tree, "shipped"), "nsubj"));
        Arc(tree, "said").Should().Be((Index(tree, "shipped"), "parataxis"));
        Arc(tree, "officials").Should().Be((Index(tree, "said"), "nsubj"));
    }

    [Fact]
    public void An_aside_after_a_subject_a_participle_describes_leaves_the_subject_to_its_own_verb()
    {
        var tree = SyntaxModel.English.Analyze("Some of the leaked ledgers, she said, were crudely forged.").Single();

        Arc(tree, "said").Should().Be((Index(tree, "forged"), "parataxis"));
        Arc(tree, "she").Should().Be((Index(tree, "said"), "nsubj"));
        Arc(tree, "Some").Head.Should().Be(Index(tree, "forged"));
    }

    private static (int Head, string Relation) Arc(ParsedSentence tree, string form) =>
        tree.Words.Single(w => w.Form == form) is var w ? (w.Head, w.Relation) : default;

    private static int Index(ParsedSentence tree, string form) => tree.Words.Single(w => w.Form == form).Index;
}
