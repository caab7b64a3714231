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
        (int Head, string Relation) Arc(string form) =>
            tree.Words.Single(w => w.Form == form) is var w ? (w.Head, w.Relation) : default;
        int Index(string form) => tree.Words.Single(w => w.Form == form).Index;

        Arc("shipped").Relation.Should().Be("root");
        Arc("Iran").Should().Be((Index("shipped"), "nsubj"));
        Arc("said").Should().Be((Index("shipped"), "parataxis"));
        Arc("officials").Should().Be((Index("said"), "nsubj"));
    }

    [Fact]
    public void An_aside_after_a_subject_a_participle_describes_leaves_the_subject_to_its_own_verb()
    {
        var tree = SyntaxModel.English.Analyze("Some of the leaked ledgers, she said, were crudely forged.").Single();
        (int Head, string Relation) Arc(string form) =>
            tree.Words.Single(w => w.Form == form) is var w ? (w.Head, w.Relation) : default;
        int Index(string form) => tree.Words.Single(w => w.Form == form).Index;

        Arc("said").Should().Be((Index("forged"), "parataxis"));
        Arc("she").Should().Be((Index("said"), "nsubj"));
        Arc("Some").Head.Should().Be(Index("forged"));
    }
}
