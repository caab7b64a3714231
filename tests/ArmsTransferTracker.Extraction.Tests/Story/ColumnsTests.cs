using ArmsTransferTracker.Extraction.Story;

namespace ArmsTransferTracker.Extraction.Tests.Story;

public class ColumnsTests
{
    [Theory]
    [InlineData("Meera Das is a senior fellow at a Delhi institute. Views are personal.", "Meera Das")]
    [InlineData("Tomas Okonjo-Berg is a researcher on the Sahel. The views expressed here are the author's own.", "Tomas Okonjo-Berg")]
    [InlineData("Lena Fischer writes about the Baltic from Riga. The views expressed in this column are her own.", "Lena Fischer")]
    [InlineData("Lena Fischer was a NATO planner. The views expressed in this column are those of the writer.", "Lena Fischer")]
    public void A_note_that_makes_the_views_the_writers_own_names_the_writer(string note, string writer) =>
        Columns.Writer(["Serbia sold shells to Armenia.", note], []).Should().Be(writer);

    [Fact]
    public void The_views_on_a_line_of_their_own_belong_to_the_note_above_them() =>
        Columns.Writer(["Serbia sold shells to Armenia.", "Ana Kovac is a former diplomat.", "", "Views are her own."], [])
            .Should().Be("Ana Kovac");

    [Theory]
    [InlineData("Ana Kovac is a former diplomat.")]
    [InlineData("Views are personal.")]
    [InlineData("Officials said the views are personal and the sale is not.")]
    public void Without_both_a_writer_and_views_of_their_own_there_is_no_writer(string line) =>
        Columns.Writer(["Serbia sold shells to Armenia.", line], []).Should().BeNull();

    [Fact]
    public void A_note_that_names_no_one_makes_the_views_those_of_the_bylines_one_author()
    {
        string[] lines =
        [
            "Serbia sold shells to Armenia.", "This commentary was first published by the Forum. The views expressed are the author's own.",
        ];

        Columns.Writer(lines, ["Ana Kovac"]).Should().Be("Ana Kovac");
        Columns.Writer(lines, ["Ana Kovac", "Ivo Rado"]).Should().BeNull();
        Columns.Writer(["Serbia sold shells to Armenia."], ["Ana Kovac"]).Should().BeNull();
    }

    [Theory]
    [InlineData("Lt Gen Ravi Menon (retd)", "Ravi Menon")]
    [InlineData("By Ana Ruiz", "Ana Ruiz")]
    [InlineData("Ana Ruiz", "Ana Ruiz")]
    public void A_line_of_a_name_alone_gives_the_name_without_its_titles(string line, string name) =>
        Columns.NameAlone(line).Should().Be(name);

    [Theory]
    [InlineData("The Lakeside Courier")]
    [InlineData("Ghana buys two patrol boats")]
    [InlineData("Colonel")]
    public void A_paper_a_sentence_or_a_title_alone_is_no_name(string line) => Columns.NameAlone(line).Should().BeNull();
}
