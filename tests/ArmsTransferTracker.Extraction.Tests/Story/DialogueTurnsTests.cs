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

    [Fact]
    public void A_recordings_times_before_the_labels_are_cut_with_them_and_the_host_asks()
    {
        string[] lines =
        [
            "Guest: Major (ret.) Tomasz Wrobel, a former attache in Kyiv", "[00:01:10] HOST: Has Poland sent more tanks?",
            "[00:01:15] WROBEL: Yes, forty in May.", "[00:02:40] HOST: That is quite a number.", "[00:02:44] WROBEL: It is.",
        ];

        var turns = DialogueTurns.Find(lines, outlet: null);

        turns[1].Should().Be(new DialogueLabel("[00:01:10] HOST: ".Length, DialogueTurn.Question, null));
        turns[3].Turn.Should().Be(DialogueTurn.Question);
        turns[2].Should().Be(new DialogueLabel("[00:01:15] WROBEL: ".Length, DialogueTurn.Answer, "Tomasz Wrobel"));
    }

    [Fact]
    public void A_guest_labelled_in_capitals_and_named_nowhere_in_full_goes_by_the_label_as_a_name_is_written()
    {
        string[] lines = ["HOST: Has Poland sent tanks?", "WROBEL: Yes.", "HOST: More?", "WROBEL: No."];

        DialogueTurns.Find(lines, outlet: null)[1].Answerer.Should().Be("Wrobel");
    }

    [Fact]
    public void A_newscasts_stage_notes_and_a_guest_heard_once_are_read_as_its_turns()
    {
        string[] lines =
        [
            "ANCHOR TOM REID: Good evening. Kari Lund joins us from the port.", "KARI LUND, REPORTER (live): Tom, the ship is here.",
            "LUND (voice-over): Officials say it carried tanks for Poland.",
            "ERIK HOLM, PRESIDENT, DOCKERS LOCAL 12 (on camera): We unloaded forty tanks.", "ANCHOR REID: Thanks, Kari.",
            "ALSO READ: Port strike ends",
        ];

        var turns = DialogueTurns.Find(lines, outlet: null);

        turns.Keys.Should().BeEquivalentTo([0, 1, 2, 3, 4]);
        turns[0].Turn.Should().Be(DialogueTurn.None);
        turns[2].Should().Be(new DialogueLabel("LUND (voice-over): ".Length, DialogueTurn.None, null));
        turns[3].Should()
            .Be(new DialogueLabel("ERIK HOLM, PRESIDENT, DOCKERS LOCAL 12 (on camera): ".Length, DialogueTurn.Answer, "Erik Holm"));
    }
}
