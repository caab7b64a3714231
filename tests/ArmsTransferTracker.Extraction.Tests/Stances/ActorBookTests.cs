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
}
