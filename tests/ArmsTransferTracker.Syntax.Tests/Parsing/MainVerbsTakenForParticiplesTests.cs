using ArmsTransferTracker.Syntax.Parsing;

namespace ArmsTransferTracker.Syntax.Tests.Parsing;

public class MainVerbsTakenForParticiplesTests
{
    // "a barge hauling tanks moored at Gdynia , a port official said": 1 a, 2 barge, 3 hauling, 4 tanks, 5 moored, 6 at,
    // 7 Gdynia, 8 ",", 9 a, 10 port, 11 official, 12 said.
    private static readonly string[] Forms =
        ["a", "barge", "hauling", "tanks", "moored", "at", "Gdynia", ",", "a", "port", "official", "said"];
    private static readonly string[] Tags = ["DET", "NOUN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "VERB"];

    // Two readings a greedy parser gives: "moored" describes the tanks and the barge says; the official is Gdynia's
    // apposition, or a second subject of "said".
    public static TheoryData<int, string> OfficialReadings => new() { { 7, "appos" }, { 12, "nsubj" } };

    [Theory]
    [MemberData(nameof(OfficialReadings))]
    public void A_verb_read_as_a_participle_before_a_speaker_set_off_by_a_comma_is_the_verb_of_what_is_told(int head, string relation)
    {
        int[] heads = [2, 12, 2, 3, 4, 7, 5, 11, 11, 11, head, 0];
        string[] relations = ["det", "nsubj", "acl", "obj", "acl", "case", "obl", "punct", "det", "compound", relation, "root"];

        MainVerbsTakenForParticiples.Mend(Tags, Forms, heads, relations);

        (heads[4], relations[4]).Should().Be((12, "ccomp"));
        (heads[1], relations[1]).Should().Be((5, "nsubj"));
        (heads[10], relations[10]).Should().Be((12, "nsubj"));
        heads[2].Should().Be(2, "the participle in -ing still describes the barge");
    }

    [Fact]
    public void A_speaker_the_parser_already_made_the_subject_leaves_the_tree_as_it_is()
    {
        int[] heads = [2, 5, 2, 3, 12, 7, 5, 11, 11, 11, 12, 0];
        string[] relations = ["det", "nsubj", "acl", "obj", "ccomp", "case", "obl", "punct", "det", "compound", "nsubj", "root"];

        MainVerbsTakenForParticiples.Mend(Tags, Forms, heads, relations);

        heads.Should().Equal(2, 5, 2, 3, 12, 7, 5, 11, 11, 11, 12, 0);
    }
}
