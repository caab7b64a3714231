using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Pages;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Tests.Pages;

/// <summary>Lines of parts read cleanly when a part is missing, and quotes and possessives read as written.</summary>
public sealed class PartsTests(LooseEndsFactory factory) : IClassFixture<LooseEndsFactory>
{
    private const string Headline = "Osterlich denies arming Sylvania";

    [Fact]
    public async Task An_undated_article_leaves_no_doubled_separator_on_the_claim_page()
    {
        var document = await factory.CreateClient().GetDocumentAsync($"/claims/{await IrisClaimIdAsync()}");

        document.QuerySelectorAll("li.stance .source").Select(s => s.Squish()).Should()
            .AllBe($"{Headline} · {LooseEndsFactory.Herald} · date unknown");
        // The timeline places an undated article by when it was imported, and says so.
        document.QuerySelector(".timeline-entry .when")!.Squish().Should()
            .MatchRegex($@"^date unknown · {LooseEndsFactory.Herald} · imported \d{{1,2}} \w{{3}} \d{{4}} \d{{2}}:\d{{2}} UTC$");
        document.QuerySelector("main")!.Squish().Should().NotContain("· ·");
    }

    [Fact]
    public async Task An_actor_with_no_role_has_no_stray_separator_and_a_possessive_stays_with_its_name()
    {
        var client = factory.CreateClient();
        var document = await client.GetDocumentAsync($"/claims/{await IrisClaimIdAsync()}");

        document.QuerySelector("#denies li.stance .who")!.Squish().Should().Be(LooseEndsFactory.Ministry);
        document.QuerySelector("#neutral li.stance .who")!.Squish().Should().Be("Grand Council's envoy");
        var envoyId = await factory.QueryAsync(db => db.Actors
            .Where(a => a.Name == LooseEndsFactory.Envoy).Select(a => a.Id).SingleAsync());
        var actor = await client.GetDocumentAsync($"/actors/{envoyId}");
        actor.QuerySelector("h1")!.TextContent.Should().Be("Grand Council's envoy");
        actor.QuerySelector("dd.role").Should().BeNull("the envoy has no role");
    }

    [Fact]
    public async Task A_quote_in_its_own_quotation_marks_is_not_quoted_again()
    {
        var client = factory.CreateClient();

        var undated = await client.GetDocumentAsync($"/articles/{factory.Undated.ArticleId}");
        var dated = await client.GetDocumentAsync($"/articles/{factory.Original.ArticleId}");

        undated.QuerySelectorAll(".evidence-list a.quote").Select(q => q.TextContent).Should().Contain(LooseEndsFactory.OwnQuote);
        dated.QuerySelectorAll(".evidence-list a.quote").Select(q => q.TextContent).Should()
            .Contain("“Sylvania's embassy denied receiving any drones from Freedonia”");
    }

    [Theory]
    [InlineData("“Not one missile”", "“Not one missile”")]
    [InlineData("\"Not one missile\"", "\"Not one missile\"")]
    [InlineData("Not one missile", "“Not one missile”")]
    [InlineData("“Not one missile,” the envoy said.", "“Not one missile,” the envoy said.")]
    [InlineData("The envoy called it a “two-way street.”", "The envoy called it a “two-way street.”")]
    public void Display_quotes_a_quote_unless_it_brings_its_own_marks(string quote, string shown)
    {
        Display.Quoted(quote).Should().Be(shown);
    }

    [Theory]
    [InlineData("Grand Council 's envoy", "Grand Council's envoy")]
    [InlineData("Hezbollah ’s spokesman", "Hezbollah’s spokesman")]
    [InlineData("the 'sea' route", "the 'sea' route")]
    [InlineData("Saint 'shark' fund", "Saint 'shark' fund")]
    public void A_space_before_a_possessive_goes_and_nothing_else_moves(string name, string shown)
    {
        Parts.Tidy(name).Should().Be(shown);
    }

    private Task<int> IrisClaimIdAsync() =>
        factory.QueryAsync(db => db.Claims.Where(c => c.Category == Categories.AirDefence && c.Supplier.Name == LooseEndsFactory.Osterlich)
            .Select(c => c.Id).SingleAsync());
}
