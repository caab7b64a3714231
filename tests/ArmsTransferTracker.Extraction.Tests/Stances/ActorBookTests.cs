using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Stances;

namespace ArmsTransferTracker.Extraction.Tests.Stances;

/// <summary>How the book of an article's actors names those a phrase refers to.</summary>
public class ActorBookTests
{
    [Fact]
    public void A_company_executive_after_the_company_is_named_is_one_of_the_company_s_officials()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        book.NoteCompanies(["Kuzey Aero"]);

        var actor = book.Resolve(new ActorPhrase(3, "company executive", ActorKind.Organisation, null, null, ActorReference.Named), 0);

        actor.Should().BeEquivalentTo(new { Name = "Kuzey Aero executive", Kind = ActorKind.Officials });
    }

    [Theory]
    [InlineData("army", ActorReference.Role, "Colombian army")]
    [InlineData("defence ministry", ActorReference.Named, "Colombian defence ministry")]
    public void A_state_body_named_without_its_side_is_the_home_states(string name, ActorReference reference, string resolved)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0)) { HomeState = "Colombia" };

        var actor = book.Resolve(new ActorPhrase(2, name, ActorKind.Government, null, null, reference), 0);

        actor.Should().BeEquivalentTo(new { Name = resolved, Affiliation = "Colombia" });
    }

    [Fact]
    public void Bodies_of_several_states_are_not_the_home_states()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0)) { HomeState = "Colombia" };

        var actor = book.Resolve(new ActorPhrase(2, "governments", ActorKind.Government, null, null, ActorReference.Role), 0);

        actor.Should().BeEquivalentTo(new { Name = "governments", Affiliation = (string?)null });
    }

    [Fact]
    public void A_body_named_before_it_speaks_is_the_one_its_head_word_names_again()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0)) { HomeState = "Latvia" };
        book.NoteBodies([new ActorPhrase(3, "Estonian Internal Security Service", ActorKind.Government, null, "Estonia",
            ActorReference.Named)]);

        var actor = book.Resolve(new ActorPhrase(2, "service", ActorKind.Government, null, null, ActorReference.Role), 0);

        actor.Should().BeEquivalentTo(new { Name = "Estonian Internal Security Service", Affiliation = "Estonia" });
    }

    private static readonly ActorPhrase LatvianSpyAgency =
        new(3, "Latvian spy agency", ActorKind.Government, null, "Latvia", ActorReference.Named);

    [Fact]
    public void A_states_agency_described_before_it_is_named_takes_the_name_of_the_same_kind_on_its_side()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        var described = book.Resolve(LatvianSpyAgency, 0)!;

        book.NoteBodies([new ActorPhrase(4, "Foreign Intelligence Directorate", ActorKind.Government, null, null, ActorReference.Named)]);

        book.Final(described).Should().BeEquivalentTo(new { Name = "Foreign Intelligence Directorate", Affiliation = "Latvia" });
    }

    [Fact]
    public void An_agency_named_with_words_of_another_kind_is_another_body()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        var described = book.Resolve(LatvianSpyAgency, 0)!;

        book.NoteBodies([new ActorPhrase(4, "State Customs Board", ActorKind.Government, null, null, ActorReference.Named)]);

        book.Final(described).Should().BeEquivalentTo(new { Name = "Latvian spy agency", Affiliation = "Latvia" });
    }
}
