using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

public class DialogueTurnsTests
{
    [Fact]
    public void Questions_and_answers_labelled_q_and_a_are_turns_whose_answerer_the_label_does_not_name()
    {
        string[] lines =
        [
            "Aino Laine spoke to us in Helsinki.", "Q: Has Finland sent shells?", "A: Yes, in May.", "Q: How many?", "A: Many.",
        ];

        var turns = DialogueTurns.Find(lines, outlet: null);

        turns.Should().BeEquivalentTo(new Dictionary<int, DialogueLabel>
        {
            [1] = new(3, DialogueTurn.Question, null),
            [2] = new(3, DialogueTurn.Answer, null),
            [3] = new(3, DialogueTurn.Question, null),
            [4] = new(3, DialogueTurn.Answer, null),
        });
    }

    [Fact]
    public void A_short_label_after_the_full_name_is_the_same_speaker_and_the_answerer_goes_by_the_full_name()
    {
        string[] lines =
        [
            "Nordic Defence Weekly: Did Norway send the radars?", "Ola Berg: We sent four in June.",
            "NDW: And the missiles?", "Berg: Those went to Poland.",
        ];

        var turns = DialogueTurns.Find(lines, outlet: null);

        turns.OrderBy(t => t.Key).Select(t => t.Value.Turn).Should()
            .Equal(DialogueTurn.Question, DialogueTurn.Answer, DialogueTurn.Question, DialogueTurn.Answer);
        turns[3].Answerer.Should().Be("Ola Berg");
        turns[0].Length.Should().Be("Nordic Defence Weekly: ".Length);
    }

    [Fact]
    public void The_outlet_asks_though_its_turns_end_without_a_question_mark()
    {
        string[] lines =
        [
            "Harbor Times: Tell us about the radars.", "Ola Berg: We sent four.", "Harbor Times: Go on.", "Berg: That is all.",
        ];

        var turns = DialogueTurns.Find(lines, outlet: "Harbor Times");

        turns[0].Turn.Should().Be(DialogueTurn.Question);
        turns[1].Turn.Should().Be(DialogueTurn.Answer);
    }

    [Fact]
    public void An_anchor_and_a_correspondent_tell_the_story_themselves()
    {
        string[] lines =
        [
            "NORA BELL, ANCHOR: Good evening.", "TOM REID, CORRESPONDENT: Tanks crossed.", "BELL: Thanks.", "REID: Thank you.",
        ];

        var turns = DialogueTurns.Find(lines, outlet: null);

        turns.Should().HaveCount(4).And.OnlyContain(t => t.Value.Turn == DialogueTurn.None);
        turns[0].Length.Should().Be("NORA BELL, ANCHOR: ".Length);
    }

    [Fact]
    public void One_label_that_recurs_makes_no_dialogue()
    {
        string[] lines = ["KYIV: Poland sent tanks.", "KYIV: Lithuania sent drones.", "Officials said so."];

        DialogueTurns.Find(lines, outlet: null).Should().BeEmpty();
    }
}
