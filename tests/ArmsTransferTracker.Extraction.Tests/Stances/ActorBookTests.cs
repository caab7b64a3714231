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

    [Theory]
    [InlineData("government")]
    [InlineData("military")]
    [InlineData("embassy")]
    [InlineData("junta")]
    public void A_body_any_state_may_have_named_alone_in_a_story_that_gives_it_no_side_is_no_one(string name)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));

        var actor = book.Resolve(new ActorPhrase(2, name, ActorKind.Government, null, null, ActorReference.Role), 0);

        actor.Should().BeNull();
    }

    [Fact]
    public void A_body_any_state_may_have_named_with_its_side_is_that_sides()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));

        var actor = book.Resolve(new ActorPhrase(2, "government", ActorKind.Government, null, "Chad", ActorReference.Role), 0);

        actor.Should().BeEquivalentTo(new { Name = "government", Affiliation = "Chad" });
    }

    [Theory]
    [InlineData("group")]
    [InlineData("rebels")]
    [InlineData("militants")]
    public void The_group_or_its_fighters_named_by_their_kind_are_the_armed_group_named_last(string name)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        book.NoteGroup("M23");

        var actor = book.Resolve(new ActorPhrase(2, name, ActorKind.Organisation, null, null, ActorReference.Role), 0);

        actor.Should().BeEquivalentTo(new { Name = "M23" });
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

    [Theory]
    [InlineData("Treasury", ActorKind.Government, "US Treasury Department")]
    [InlineData("Marrowind", ActorKind.Organisation, "Marrowind Arms Research")]
    [InlineData("Colombia", ActorKind.Government, "Colombia")]
    public void A_body_called_by_one_word_of_the_name_it_was_given_before_is_that_body(string name, ActorKind kind, string resolved)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        book.NoteBodies([
            new ActorPhrase(3, "US Treasury Department", ActorKind.Government, null, null, ActorReference.Named),
            new ActorPhrase(9, "Marrowind Arms Research", ActorKind.Organisation, null, null, ActorReference.Named),
            new ActorPhrase(14, "Colombia Arms Watch", ActorKind.Organisation, null, null, ActorReference.Named)]);

        var actor = book.Resolve(new ActorPhrase(1, name, kind, null, null, ActorReference.Named), 0);

        actor.Should().BeEquivalentTo(new { Name = resolved });
    }

    [Theory]
    [InlineData("she", "spokesman", "", "Ilona Sebová")]
    [InlineData("he", "spokesman", "", "Tomas Kral")]
    [InlineData("she", null, "Mr Kral and Ms Sebová spoke.", "Ilona Sebová")]
    [InlineData("she", null, "", "Tomas Kral")]
    public void She_is_the_last_person_the_story_does_not_tell_is_a_man(string pronoun, string? role, string text, string resolved)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0)) { Text = text };
        book.Resolve(new ActorPhrase(1, "Ilona Sebová", ActorKind.Person, null, null, ActorReference.Named), 0);
        book.Resolve(new ActorPhrase(1, "Tomas Kral", ActorKind.Person, role, null, ActorReference.Named), 1);

        var actor = book.Resolve(new ActorPhrase(1, pronoun, ActorKind.Person, null, null, ActorReference.Pronoun), 2);

        actor!.Name.Should().Be(resolved);
    }

    [Theory]
    [InlineData("Varga was unapologetic.", "Marek Varga")]
    [InlineData("Varga's deputy was unapologetic.", "Ilona Sebová")]
    [InlineData("Mr Varga was unapologetic.", "Marek Varga")]
    public void He_is_the_person_a_sentence_opens_with(string opening, string resolved)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        book.Resolve(new ActorPhrase(1, "Marek Varga", ActorKind.Person, null, null, ActorReference.Named), 0);
        book.Resolve(new ActorPhrase(1, "Ilona Sebová", ActorKind.Person, null, null, ActorReference.Named), 1);

        book.NoteOpeningName(opening);
        var actor = book.Resolve(new ActorPhrase(1, "he", ActorKind.Person, null, null, ActorReference.Pronoun), 2);

        actor!.Name.Should().Be(resolved);
    }

    [Fact]
    public void He_is_the_person_named_in_full_before_that_a_sentence_opens_with()
    {
        const string text = "Marek Vargoš, who chairs the committee, asked about the tanks. Sebová answered. Vargoš was unapologetic.";
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0)) { Text = text };
        book.Resolve(new ActorPhrase(1, "Ilona Sebová", ActorKind.Person, null, null, ActorReference.Named), 1);

        book.NoteOpeningName("Vargoš was unapologetic.");
        var actor = book.Resolve(new ActorPhrase(1, "he", ActorKind.Person, null, null, ActorReference.Pronoun), 2);

        actor!.Name.Should().Be("Marek Vargoš");
    }

    [Theory]
    [InlineData("he", "Tomas Berglund")]
    [InlineData("she", "Ilona Sebová")]
    public void He_or_she_is_the_person_the_sentence_before_named_in_full_as_its_subject_unless_told_otherwise(string pronoun,
        string resolved)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        book.Resolve(new ActorPhrase(1, "Ilona Sebová", ActorKind.Person, "spokeswoman", null, ActorReference.Named), 0);
        book.NoteSubjectBefore(new ActorPhrase(1, "Tomas Berglund", ActorKind.Person, "spokesman", null, ActorReference.Named));

        var actor = book.Resolve(new ActorPhrase(1, pronoun, ActorKind.Person, null, null, ActorReference.Pronoun), 1);

        actor!.Name.Should().Be(resolved);
    }

    [Theory]
    [InlineData("UN Panel of Experts on Libya", "experts", "UN Panel of Experts on Libya")]
    [InlineData("International Monitors Mission", "monitors", "International Monitors Mission")]
    public void People_named_by_a_plural_role_are_the_body_named_before_with_that_word(string body, string role, string resolved)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        book.NoteBodies([new ActorPhrase(2, body, ActorKind.Organisation, null, null, ActorReference.Named)]);

        var actor = book.Resolve(new ActorPhrase(2, role, ActorKind.Person, role, null, ActorReference.Role), 1);

        actor.Should().BeEquivalentTo(new { Name = resolved, Kind = ActorKind.Organisation });
    }

    [Fact]
    public void People_named_by_a_plural_role_no_body_is_named_with_are_officials()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        book.NoteBodies([new ActorPhrase(2, "UN Panel of Experts on Libya", ActorKind.Organisation, null, null, ActorReference.Named)]);

        var actor = book.Resolve(new ActorPhrase(2, "investigators", ActorKind.Person, "investigators", null, ActorReference.Role), 1);

        actor.Should().BeEquivalentTo(new { Name = "investigators", Kind = ActorKind.Officials });
    }

    [Fact]
    public void The_statement_is_its_issuers_though_another_spoke_since()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        var embassy = book.Resolve(new ActorPhrase(1, "Serbian embassy", ActorKind.Government, null, "Serbia", ActorReference.Named), 0,
            new DocumentReference("statement", Definite: false));
        book.Resolve(new ActorPhrase(9, "Russian officials", ActorKind.Officials, null, "Russia", ActorReference.Named), 0);

        var actor = book.Resolve(new ActorPhrase(2, "statement", ActorKind.Organisation, null, null, ActorReference.Pronoun), 1);

        actor.Should().Be(embassy);
    }

    [Theory]
    [InlineData("analysts")]
    [InlineData("researchers")]
    public void Unnamed_commentators_of_no_side_are_no_one(string role)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));

        var unnamed = book.Resolve(new ActorPhrase(2, role, ActorKind.Person, role, null, ActorReference.Role), 1);
        var ofASide = book.Resolve(new ActorPhrase(2, $"Russian {role}", ActorKind.Person, role, "Russia", ActorReference.Role), 1);

        unnamed.Should().BeNull();
        ofASide.Should().BeEquivalentTo(new { Name = $"Russian {role}", Kind = ActorKind.Officials, Affiliation = "Russia" });
    }

    [Fact]
    public void A_sides_body_named_by_demonym_and_a_word_of_its_name_is_the_body_named_before_it()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        book.Resolve(new ActorPhrase(1, "Romanian Ministry of National Defence", ActorKind.Government, null, "Romania",
            ActorReference.Named), 0);
        book.Resolve(new ActorPhrase(1, "army", ActorKind.Government, null, "Romania", ActorReference.Named), 1);

        var actor = book.Resolve(new ActorPhrase(2, "Romanian ministry", ActorKind.Government, null, "Romania", ActorReference.Named), 2);
        var other = book.Resolve(new ActorPhrase(2, "Bulgarian ministry", ActorKind.Government, null, "Bulgaria", ActorReference.Named), 2);

        actor!.Name.Should().Be("Romanian Ministry of National Defence");
        other!.Name.Should().Be("Bulgarian ministry");
    }

    [Fact]
    public void A_person_met_by_surname_alone_goes_by_the_fullest_name_the_article_writes()
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0))
        {
            Text = "The hearing opened with Marta Kowalczyk reading from freight records.\n\"They went to Kyiv,\" Kowalczyk said.",
        };

        var actor = book.Resolve(new ActorPhrase(9, "Kowalczyk", ActorKind.Person, null, null, ActorReference.Named), 1);

        actor!.Name.Should().Be("Marta Kowalczyk");
    }

    // A state's agency described before it is named takes the name that has a word of the same kind, on its side; a name of
    // another kind is another body.
    [Theory]
    [InlineData("Foreign Intelligence Directorate", "Foreign Intelligence Directorate")]
    [InlineData("State Customs Board", "Latvian spy agency")]
    public void A_states_agency_described_before_it_is_named_takes_a_name_of_the_same_kind(string namedLater, string resolved)
    {
        var book = new ActorBook(new Dictionary<string, string>(), (0, 0));
        var described = book.Resolve(new ActorPhrase(3, "Latvian spy agency", ActorKind.Government, null, "Latvia",
            ActorReference.Named), 0)!;

        book.NoteBodies([new ActorPhrase(4, namedLater, ActorKind.Government, null, null, ActorReference.Named)]);

        book.Final(described).Should().BeEquivalentTo(new { Name = resolved, Affiliation = "Latvia" });
    }
}
