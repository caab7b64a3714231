using ArmsTransferTracker.Extraction.Attribution;
using ArmsTransferTracker.Extraction.Vocabulary;

namespace ArmsTransferTracker.Extraction.Stances;

/// <summary>
/// The actors an article has named so far, so that "he", "the colonel", "the ministry" and a surname alone find the
/// actor named before. One book per article, filled in reading order.
/// </summary>
/// <param name="lede">The paragraph that opens the story, and the one after it, where a lede's source is often named.</param>
public sealed class ActorBook(IReadOnlyDictionary<string, string> acronyms, (int Opening, int Next) lede)
{
    private readonly List<ExtractedActor> people = [];
    private readonly List<ExtractedActor> bodies = [];
    private ExtractedActor? lastSpeaker;

    // The bodies known only by a description ("a Bangkok-based research group") that issued a document, by its lemma.
    private readonly Dictionary<string, ExtractedActor> issuedBy = new(StringComparer.OrdinalIgnoreCase);

    // Who last spoke in a statement of each kind, by its lemma: "the statement says" is theirs, though another spoke since.
    private readonly Dictionary<string, ExtractedActor> lastIssuer = new(StringComparer.OrdinalIgnoreCase);

    // The paragraph of the phrase being resolved.
    private int paragraph;

    // The company the article named last as such.
    private string? lastCompany;
    private string? lastGroup;

    /// <summary>The state the story is filed from, whose bodies the story names without their side.</summary>
    public string? HomeState { get; init; }

    /// <summary>The article's text, where a person first met by surname alone may be written in full.</summary>
    public string Text { get; init; } = "";

    // State bodies and organisations the article named by their names though they did not speak: "the department" or "the
    // panel" may be one of them.
    private readonly List<ExtractedActor> namedBodies = [];

    /// <summary>
    /// State bodies and organisations a sentence names by their names ("Estonia's Internal Security Service traced the shells").
    /// </summary>
    public void NoteBodies(IEnumerable<ActorPhrase> named)
    {
        foreach (var phrase in named)
        {
            namedBodies.RemoveAll(b => b.Name.Equals(phrase.Name, StringComparison.OrdinalIgnoreCase));
            namedBodies.Add(NamedAgency(phrase) ?? new ExtractedActor(phrase.Name, phrase.Kind, phrase.Role, phrase.Affiliation));
        }
    }

    // "South Korea's spy agency told lawmakers ..." then "the National Intelligence Service estimated": a state's agency the
    // story described before naming it is the agency named with words of the same kind (agency-kinds.txt), on its side.
    private ExtractedActor? NamedAgency(ActorPhrase phrase)
    {
        if (phrase.Kind != ActorKind.Government || phrase.Affiliation is not null || !phrase.Name.Any(char.IsUpper)) return null;
        var nameWords = phrase.Name.Split(' ');
        var described = bodies.LastOrDefault(b => b.Kind == ActorKind.Government && b.Affiliation is not null
            && Lexicon.AgencyKinds.Any(kind => nameWords.Any(kind.Contains)
                && b.Name.Split(' ').Any(w => char.IsLower(w[0]) && kind.Contains(w))));
        if (described is null) return null;
        var named = new ExtractedActor(phrase.Name, phrase.Kind, phrase.Role, described.Affiliation);
        renamed[described.Name] = named;
        bodies.Remove(described);
        bodies.Add(named);
        return named;
    }

    /// <summary>People a sentence names with a role though they do not speak there: "he" and an earlier role may be them.</summary>
    public void NotePeople(IEnumerable<ActorPhrase> named, int inParagraph)
    {
        paragraph = inParagraph;
        foreach (var phrase in named) Person(phrase);
    }

    /// <summary>
    /// A sentence that opens with a person the story named before ("Hrdlicka was unapologetic.") is about that person: the "he"
    /// of the quotation after it is them, though they do not speak there.
    /// </summary>
    public void NoteOpeningName(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => Lexicon.Titles.Contains(w.TrimEnd('.'))).ToList();
        // The name's words, then one in lower case: "Varga was", not "Varga's deputy" nor "Varga, the minister,".
        var nameLength = words.TakeWhile(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '-')).Count();
        if (nameLength == 0 || nameLength == words.Count || !char.IsLower(words[nameLength][0])) return;
        var opening = words.Take(nameLength).ToList();
        var person = people.LastOrDefault(p => p.Name.Split(' ') is var name
            && (opening.SequenceEqual(name) || (opening is [var single] && name.Skip(1).Contains(single))));
        if (person is not null)
        {
            Mentioned(person);
        }
        // Named in full before, though never with a role: "Pavol Hrdlicka, who served as state secretary, asked ...". Not a
        // word of the language ("The ministry"); each surname looked up in the text once, however long the text.
        else if (opening is [var surname] && !Story.WrittenNames.IsCommonWord(surname)
            && FullNameOf(surname) is { } fullName)
        {
            Register(new ExtractedActor(fullName, ActorKind.Person, null, null));
        }
    }

    private readonly Dictionary<string, string?> fullNames = [];

    private string? FullNameOf(string surname)
    {
        if (!fullNames.TryGetValue(surname, out var fullName)) fullNames[surname] = fullName = Story.WrittenNames.Fullest(Text, surname);
        return fullName;
    }

    // The body the sentence before named as its subject, in the same paragraph, though it did not speak there.
    private ActorPhrase? subjectBefore;

    // The person the sentence before named in full as its subject, in the same paragraph: "Anna Lind of the institute is
    // unconvinced. '...,' she said." The "he" or "she" who speaks next is that person, though others spoke last.
    private ActorPhrase? personBefore;

    /// <summary>
    /// The subject of the sentence before, in the same paragraph ("The Russian embassy reacted within hours."): when it
    /// names a body, the "it" that speaks next is that body, though another spoke last; when it names a person in full, so
    /// is the "he" or "she".
    /// </summary>
    public void NoteSubjectBefore(ActorPhrase? subject)
    {
        subjectBefore = subject is
        {
            Kind: ActorKind.Government or ActorKind.Organisation or ActorKind.Media, Reference: ActorReference.Named,
        } ? subject : null;
        personBefore = subject is { Kind: ActorKind.Person, Reference: ActorReference.Named } && subject.Name.Contains(' ')
            ? subject : null;
    }

    /// <summary>The person the story named last: an interview's introduction names its interviewee last.</summary>
    public ExtractedActor? LastPerson => people.LastOrDefault();

    /// <summary>The armed group the story named last before the sentence, which "the group" may name again.</summary>
    public void NoteGroup(string? group) => lastGroup = group ?? lastGroup;

    /// <summary>Companies a sentence names as such, which "the company" names again.</summary>
    public void NoteCompanies(IReadOnlyList<string> companies) => lastCompany = companies.LastOrDefault() ?? lastCompany;

    /// <summary>The actor a speaker's phrase refers to, or null when a pronoun or role has nothing to refer back to.</summary>
    public ExtractedActor? Resolve(ActorPhrase phrase, int inParagraph, DocumentReference? document = null)
    {
        paragraph = inParagraph;
        phrase = OfTheCompany(phrase);
        var actor = Find(phrase);
        // "The minister rejected the claims in a communiqué. ... the communiqué said": a document speaks for the last speaker.
        if (actor is not null && !IsDocument(phrase)) lastSpeaker = actor;
        if (actor is not null && document is not null)
        {
            actor = Issuing(actor, document);
            // Not a report: many bodies write reports, and "the report" is the one spoken of last.
            if (Lexicon.SpeechNouns.Contains(document.Lemma) && !Lexicon.DocumentNouns.Contains(document.Lemma))
            {
                lastIssuer[document.Lemma] = actor;
            }
        }
        return actor;
    }

    // "A research group said in a report ..." then "the report by Arms Flow Asia said": the group is Arms Flow Asia. So is
    // the group of "according to the annual report of a research group": the report is named again, its author not yet.
    private ExtractedActor Issuing(ExtractedActor actor, DocumentReference document)
    {
        if (!document.Definite || IsDescription(actor))
        {
            if (IsDescription(actor)) issuedBy.TryAdd(document.Lemma, actor);
            return actor;
        }
        if (!issuedBy.Remove(document.Lemma, out var described) || described == actor) return actor;
        var named = actor with { Kind = described.Kind };
        renamed[described.Name] = named;
        bodies.Remove(described);
        (actor.Kind == ActorKind.Person ? people : bodies).Remove(actor);
        bodies.Add(named);
        return named;
    }

    // "The company said", "a company executive told ..." after "drone maker Vireo Aerotech": the company named before; with
    // none named as such, the organisation that last spoke under a name of no institution ("Hanwha Aerospace said ... the
    // company said", not "the Centre for Defence Investment").
    private ActorPhrase OfTheCompany(ActorPhrase phrase)
    {
        var words = phrase.Name.Split(' ');
        if (phrase.Kind == ActorKind.Person || !Lexicon.CompanyNouns.Contains(words[0])) return phrase;
        if ((lastCompany ?? bodies.LastOrDefault(b => b.Kind == ActorKind.Organisation && b.Name.Any(char.IsUpper)
                && !b.Name.Split(' ').Any(w => ActorNames.IsBodyHead(w.ToLowerInvariant())))?.Name)
            is not { } company) return phrase;
        // "a maker of wheeled armoured vehicles" is the company itself, not one of its people.
        return words.Length == 1 || words[1] is "of" or "for"
            ? phrase with { Name = company, Kind = ActorKind.Organisation, Reference = ActorReference.Named }
            : phrase with
            {
                Name = $"{company} {string.Join(' ', words[1..])}",
                // "a company executive": one of the company's people, whom the company's name describes.
                Kind = ActorNames.KindOf(words[^1]) is ActorKind.Officials or ActorKind.Person ? ActorKind.Officials : phrase.Kind,
                Reference = ActorReference.Named,
            };
    }

    // An armed group speaks under its gazetteer name.
    private static bool IsArmedGroup(ExtractedActor actor) =>
        Mentions.Places.Find(actor.Name.Split(' ')) is [{ IsState: false } group] && group.Canonical == actor.Name;

    // A body named by description alone is written in lower case: "research group", "defence consultancy".
    private static bool IsDescription(ExtractedActor actor) =>
        actor.Kind is ActorKind.Organisation or ActorKind.Media && !actor.Name.Any(char.IsUpper);

    private static ExtractedActor Officials(ActorPhrase phrase) => new(phrase.Name, ActorKind.Officials, null, phrase.Affiliation);

    // Role nouns of people are regular plurals: "experts", "analysts", "researchers".
    private static bool IsPlural(ActorPhrase phrase) => phrase.Name.EndsWith('s') && !phrase.Name.EndsWith("ss", StringComparison.Ordinal);

    // Named for a role of commentary and nothing else: "analysts", "independent researchers", not "UN experts".
    private static bool IsCommentators(ActorPhrase phrase, string role) =>
        Lexicon.CommentatorRoles.Contains(role.TrimEnd('s').ToLowerInvariant()) && phrase.Affiliation is null;

    // ActorNames names a document that speaks without its author by its lemma, as a pronoun.
    private static bool IsDocument(ActorPhrase phrase) =>
        phrase.Reference == ActorReference.Pronoun && Lexicon.IsStatementOrDocument(phrase.Name);

    private ExtractedActor? Find(ActorPhrase phrase)
    {
        if (IsDocument(phrase)) return lastIssuer.GetValueOrDefault(phrase.Name) ?? lastSpeaker;
        switch (phrase.Reference)
        {
            case ActorReference.Pronoun:
                return phrase.Kind == ActorKind.Person ? PersonBeforeCalled(phrase.Name) ?? LastPersonCalled(phrase.Name)
                    : subjectBefore is { } subject && phrase.Name.Equals("it", StringComparison.OrdinalIgnoreCase) ? Find(subject)
                    : bodies.LastOrDefault(b => b.Kind != ActorKind.Officials) ?? bodies.LastOrDefault();
            case ActorReference.Role when phrase.Kind == ActorKind.Person:
                var role = phrase.Name.Split(' ')[^1];
                return Mentioned(people.LastOrDefault(p => p.Role?.Contains(role, StringComparison.OrdinalIgnoreCase) == true
                        && SameSide(p, phrase)))
                    // "the official" after "a senior defence official said": the one official not named.
                    ?? Mentioned(bodies.LastOrDefault(b => b.Kind == ActorKind.Officials
                        && b.Name.EndsWith(" " + role, StringComparison.OrdinalIgnoreCase) && SameSide(b, phrase) && HasWordsOf(b, phrase)))
                    // "The experts also said" after "the UN Group of Experts on the DRC found": the body named with that word.
                    ?? (IsPlural(phrase) ? BodyNamedWith(role) : null)
                    // "the minister" is the person named last; "the Iranian foreign minister" is no one of another side; "UN
                    // experts" are not one person.
                    ?? (IsPlural(phrase) ? null : people.LastOrDefault(p => SameSide(p, phrase)))
                    // Nor is a group of them the person named next; unnamed "analysts" are no one's source at all.
                    ?? (!IsPlural(phrase) ? Unnamed(Officials(phrase))
                        : IsCommentators(phrase, role) ? null : Register(Officials(phrase)));
            // "according to the GKNB": the body by the full name the article spelled out, as "the NIS said" is.
            case ActorReference.Role when acronyms.TryGetValue(phrase.Name, out var spelledOut):
                return Body(phrase with { Name = spelledOut, Kind = ActorKind.Government, Reference = ActorReference.Named });
            case ActorReference.Role:
                var head = phrase.Name.Split(' ')[^1];
                return bodies.LastOrDefault(b => b.Name.Contains(head, StringComparison.OrdinalIgnoreCase)
                        && b.Name.Length > phrase.Name.Length)
                    ?? bodies.LastOrDefault(b => b.Name.Equals(phrase.Name, StringComparison.OrdinalIgnoreCase))
                    // "The group" after "an exiled group ..., which calls itself Track Signal": the body now known by its name.
                    ?? bodies.LastOrDefault(b => b.Role?.EndsWith(head, StringComparison.OrdinalIgnoreCase) == true)
                    // "The Rapid Support Forces said ... the paramilitary group said": the armed group that spoke under its name.
                    ?? (IsGroupWord(head) ? bodies.LastOrDefault(IsArmedGroup) : null)
                    // "A Houthi spokesman did not respond. The group has said it builds its own missiles": the group named last.
                    ?? (IsGroupWord(head) && lastGroup is { } group
                        ? Register(new ExtractedActor(group, ActorKind.Organisation, null, null)) : null)
                    // "the research group Open Ordnance Trace documents shells ... the group said": the body named with that
                    // description.
                    ?? (namedBodies.LastOrDefault(b => b.Role?.Split(' ')[^1].Equals(head, StringComparison.OrdinalIgnoreCase) == true)
                        is { } described ? Register(described) : null)
                    // "Estonia's Internal Security Service traced the shells ... the service said", "citing the UN Panel of Experts on
                    // Yemen ... the panel's report says": named, now speaking.
                    ?? (namedBodies.LastOrDefault(b => b.Name.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase)
                            || (b.Kind == ActorKind.Organisation && b.Name.Split(' ').Contains(head, StringComparer.OrdinalIgnoreCase)))
                        is { } named ? Register(named) : null)
                    // "South Korea's National Intelligence Service told lawmakers ... The agency said": a state's agency or
                    // service named before, when no body's name holds the word; not a news agency the story never named.
                    ?? (head.ToLowerInvariant() is "agency" or "service"
                        ? bodies.LastOrDefault(b => b.Kind == ActorKind.Government && b.Name.Split(' ')[^1] is "Agency" or "Service")
                        : null)
                    // "Moravia Defence Works said ... In its quarterly report the group said": in a story of no armed group, the
                    // company named last.
                    ?? (Lexicon.GroupNouns.Contains(head) && lastGroup is null && lastCompany is { } firm
                        ? Register(new ExtractedActor(firm, ActorKind.Organisation, null, null)) : null)
                    ?? OfTheHomeState(phrase)
                    // "a report in the Moscow daily Severny Kurier ... The newspaper said": the outlet named last.
                    ?? (phrase.Kind == ActorKind.Media ? OutletNamedLast() : null)
                    ?? NamedForItsDescription(phrase)
                    // "The government said", in a story that gives it no side: a body any state may have is no one to tell.
                    ?? (phrase.Affiliation is null && Lexicon.SidelessBodies.Contains(phrase.Name.ToLowerInvariant()) ? null
                        : Register(new ExtractedActor(phrase.Name, phrase.Kind, null, phrase.Affiliation)));
            default:
                // "the NIS said": the body by the full name the article spelled out.
                if (acronyms.TryGetValue(phrase.Name, out var fullName))
                    phrase = phrase with { Name = fullName, Kind = ActorKind.Government };
                return phrase.Kind == ActorKind.Person ? Person(phrase) : Body(phrase);
        }
    }

    // "the group", "the militia"; "the rebels", "the militants": a word for an armed group, or its plural for the group's
    // fighters.
    private static bool IsGroupWord(string head) =>
        Lexicon.GroupNouns.Contains(head.ToLowerInvariant())
        || (head.EndsWith('s') && Lexicon.GroupNouns.Contains(head[..^1].ToLowerInvariant()));

    // "The regional official said" after "the Western official said": another official, whose words the first one's name lacks.
    private static bool HasWordsOf(ExtractedActor named, ActorPhrase phrase) =>
        phrase.Name.Split(' ').All(w => Lexicon.ReferringWords.Contains(w.ToLowerInvariant())
            || named.Name.Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase));

    private ExtractedActor? OutletNamedLast() =>
        (namedBodies.LastOrDefault(b => b.Kind == ActorKind.Media) ?? bodies.LastOrDefault(b => b.Kind == ActorKind.Media)) is { } outlet
            ? Register(outlet) : null;

    private ExtractedActor? BodyNamedWith(string word)
    {
        bool HoldsTheWord(ExtractedActor body) =>
            body.Name.Split(' ').Length > 1 && body.Name.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase);
        // Not kept as a body that spoke: "the group" after it is still the armed group the story is about.
        return bodies.LastOrDefault(HoldsTheWord) ?? namedBodies.LastOrDefault(HoldsTheWord);
    }

    // "she said" after "spokeswoman Ana Ruiz said ... Colonel Tomas Varga said": not the man named last, when the story tells
    // who is a woman and who a man by their roles or titles.
    private ExtractedActor? LastPersonCalled(string pronoun)
    {
        bool? woman = pronoun.ToLowerInvariant() switch { "she" or "her" => true, "he" or "him" or "his" => false, _ => null };
        return people.LastOrDefault(p => woman is null || IsWoman(p) is not { } known || known == woman) ?? people.LastOrDefault();
    }

    private ExtractedActor? PersonBeforeCalled(string pronoun)
    {
        var called = pronoun.ToLowerInvariant();
        if (personBefore is null || called is not ("he" or "she")) return null;
        var person = Person(personBefore);
        return IsWoman(person) is { } woman && woman != (called == "she") ? null : Mentioned(person);
    }

    private readonly Dictionary<string, bool?> womanByName = [];

    private bool? IsWoman(ExtractedActor person)
    {
        if (womanByName.TryGetValue(person.Name, out var known)) return known;
        var surname = person.Name.Split(' ')[^1];
        var words = (person.Role ?? "").Split(' ').Select(w => w.TrimEnd('.', ','))
            .Concat(Lexicon.WomenWords.Concat(Lexicon.MenWords)
                .Where(title => char.IsUpper(title[0]) && (Text.Contains($"{title} {surname}", StringComparison.Ordinal)
                    || Text.Contains($"{title}. {surname}", StringComparison.Ordinal))))
            .ToList();
        bool? woman = words.Any(Lexicon.WomenWords.Contains) == words.Any(Lexicon.MenWords.Contains) ? null
            : words.Any(Lexicon.WomenWords.Contains);
        womanByName[person.Name] = woman;
        return woman;
    }

    // "The spokesperson said ... 'We expect them to act,' she said": a person named again by role is the one "she" is now;
    // "The regional official said ... The same official said": an official named again is the one "the same" means next.
    private ExtractedActor? Mentioned(ExtractedActor? actor)
    {
        if (actor is null) return null;
        var named = actor.Kind == ActorKind.Person ? people : bodies;
        named.Remove(actor);
        named.Add(actor);
        return actor;
    }

    /// <summary>Another name for the same person: "Lasouski" after "Viktar Lasouski".</summary>
    private ExtractedActor Person(ActorPhrase phrase)
    {
        var known = people.LastOrDefault(p => SameName(p.Name, phrase.Name));
        // "Stratus assessed that ..." after "the firm Stratus Geospatial": one name alone that begins a body's name is that body.
        if (known is null && !phrase.Name.Contains(' ')
            && bodies.LastOrDefault(b => b.Kind is ActorKind.Organisation or ActorKind.Media
                && b.Name.StartsWith(phrase.Name + " ", StringComparison.Ordinal)) is { } body)
        {
            return body;
        }
        if (known is null)
        {
            var name = IsSurnameAlone(phrase.Name) ? Story.WrittenNames.Fullest(Text, phrase.Name) ?? phrase.Name : phrase.Name;
            var person = Register(new ExtractedActor(name, ActorKind.Person, phrase.Role, phrase.Affiliation));
            // "Serbia has taken delivery of missiles, its defence minister said. Defence Minister Dragan Ilić told reporters ...":
            // the official known by role alone is the person named later with that role (or, after the lede, the one named next),
            // when one's description holds the other's: an army spokesman is not a foreign ministry's.
            var described = phrase.Role is { } title
                ? unnamed.LastOrDefault(u => title.Contains(u.Actor.Name.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)
                    && SameSide(u.Actor, phrase) && IsDescribedAs(u.Actor, title))
                : default;
            if (described.Actor is null) described = LedeSource(phrase);
            if (described.Actor is not null)
            {
                unnamed.Remove(described);
                bodies.Remove(described.Actor);
                renamed[described.Actor.Name] = person;
            }
            return person;
        }
        // The fuller name and the role learnt later are kept: "Lasouski" then "Colonel Viktar Lasouski".
        var merged = known with
        {
            Name = phrase.Name.Length > known.Name.Length ? phrase.Name : known.Name,
            Role = known.Role ?? phrase.Role,
            Affiliation = known.Affiliation ?? phrase.Affiliation,
        };
        people.Remove(known);
        people.Add(merged);
        return merged;
    }

    // "the spokesman, Tomás Errázuriz" after "a government spokesman"; "Defence Minister Dragan Ilić" after "Serbian defence
    // minister".
    private static bool IsDescribedAs(ExtractedActor official, string title)
    {
        var said = official.Name.ToLowerInvariant().Split(' ');
        var titled = title.ToLowerInvariant().Split(' ');
        return titled.All(said.Contains) || said.All(titled.Contains);
    }

    // "Vávrová", "van Rensburg": a surname, perhaps after its particle, with no given name.
    private static bool IsSurnameAlone(string name) =>
        name.Split(' ') switch { [_] => true, [var particle, _] => Lexicon.NameParticles.Contains(particle), _ => false };

    private readonly Dictionary<string, ExtractedActor> renamed = new(StringComparer.OrdinalIgnoreCase);

    private ExtractedActor Body(ActorPhrase phrase)
    {
        // "an exiled group of railway employees said ..." then "the group, which calls itself Track Signal": the group
        // described before now has its name.
        if (phrase.Role is { } description && bodies.LastOrDefault(b => b.Name.EndsWith(description, StringComparison.OrdinalIgnoreCase)
                || b.Name.Contains(description + " ", StringComparison.OrdinalIgnoreCase)) is { } described
            && !bodies.Any(b => b.Name.Equals(phrase.Name, StringComparison.OrdinalIgnoreCase)))
        {
            var named = described with { Name = phrase.Name, Role = description };
            renamed[described.Name] = named;
            bodies.Remove(described);
            bodies.Add(named);
            return named;
        }
        // "The Defence Ministry" after "Bulgaria's Defence Ministry": the body named before, now without its side.
        var known = bodies.LastOrDefault(b => b.Name.Equals(phrase.Name, StringComparison.OrdinalIgnoreCase))
            ?? (phrase.Affiliation is null && phrase.Name.Contains(' ')
                ? bodies.LastOrDefault(b => b.Name.EndsWith(" " + phrase.Name, StringComparison.OrdinalIgnoreCase))
                : null)
            // "the Turkish ministry" after "Turkey's Ministry of National Defence": that side's body whose proper name holds
            // the word.
            ?? (phrase.Affiliation is { } side && phrase.Name.Split(' ') is [_, var head] && head.All(char.IsLower)
                ? bodies.LastOrDefault(b => b.Affiliation == side && b.Name.Length > phrase.Name.Length
                    && b.Name.Split(' ').Any(w => char.IsUpper(w[0]) && w.Equals(head, StringComparison.OrdinalIgnoreCase)))
                : null)
            ?? ByOneWordOfItsName(phrase);
        if (known is not null)
        {
            bodies.Remove(known);
            bodies.Add(known);
            return known;
        }
        if (OfTheHomeState(phrase) is { } home) return home;
        if (OfTheSideBefore(phrase) is { } ofTheSide) return phrase.Kind == ActorKind.Officials ? Unnamed(ofTheSide) : Register(ofTheSide);
        if (NamedAgency(phrase) is { } agency) return agency;
        if (NamedForItsDescription(phrase) is { } namedBody) return namedBody;
        var body = new ExtractedActor(phrase.Name, phrase.Kind, phrase.Role, phrase.Affiliation);
        // "Hungary will send no arms, a government spokesman said. ... said the spokesman, Gábor Kertész": one official not
        // yet named is the person named later with that role.
        return phrase.Kind == ActorKind.Officials && !phrase.Name.EndsWith('s') ? Unnamed(body) : Register(body);
    }

    // "Treasury said" after "the US Treasury Department sanctioned", "Tracelight said" after "Tracelight Arms Research found": a
    // body called by one word of the name it was given before; not a place's name ("Rwanda" is no "Rwanda Defence Force").
    private ExtractedActor? ByOneWordOfItsName(ActorPhrase phrase)
    {
        var words = phrase.Name.Split(' ');
        if (words is ["The" or "the", var only]) words = [only];
        if (words is not [var word] || !char.IsUpper(word[0]) || Story.WrittenNames.IsCommonWord(word.ToLowerInvariant())
            || Mentions.Places.Find([word]).Count > 0) return null;
        bool Holds(ExtractedActor body) => body.Kind != ActorKind.Person && body.Name.Split(' ') is [_, _, ..] bodyWords
            && bodyWords.Contains(word, StringComparer.Ordinal)
            && (phrase.Affiliation is null || body.Affiliation == phrase.Affiliation);
        return bodies.LastOrDefault(Holds) ?? (namedBodies.LastOrDefault(Holds) is { } named ? Register(named) : null);
    }

    // "The UAE denied the allegation. '...,' a foreign ministry official said": a state's body or official named without its
    // side, after a sentence whose subject is a state, is that state's.
    private ExtractedActor? OfTheSideBefore(ActorPhrase phrase) =>
        subjectBefore is { Kind: ActorKind.Government, Affiliation: { } state }
        && phrase.Kind is ActorKind.Government or ActorKind.Officials && phrase.Affiliation is null
        && !phrase.Name.Any(char.IsUpper) && phrase.Name.Split(' ').Length > 1
        && !(phrase.Name.EndsWith('s') && Lexicon.GovernmentHeads.Contains(phrase.Name.Split(' ')[^1][..^1]))
        && Mentions.Places.DemonymOf(state) is { } demonym
            ? new ExtractedActor($"{demonym} {phrase.Name}", phrase.Kind, phrase.Role, state)
            : null;

    // "BOGOTÁ — ... The army said", "the defense ministry said" in a story filed from Seoul: a state's body named without
    // its side, and not named before, is the home state's, as the story's readers take it. Bodies of several states ("both
    // governments") are not.
    private ExtractedActor? OfTheHomeState(ActorPhrase phrase) =>
        HomeState is { } state && phrase.Kind == ActorKind.Government && phrase.Affiliation is null && !phrase.Name.Any(char.IsUpper)
        && !(phrase.Name.EndsWith('s') && Lexicon.GovernmentHeads.Contains(phrase.Name.Split(' ')[^1][..^1]))
        && Mentions.Places.DemonymOf(state) is { } demonym
            ? Register(new ExtractedActor($"{demonym} {phrase.Name}", ActorKind.Government, null, state))
            : null;

    /// <summary>The fullest name the article gave a person by the end: stances found early then name "Viktar Lasouski".</summary>
    public ExtractedActor Final(ExtractedActor actor) =>
        actor.Kind == ActorKind.Person ? people.LastOrDefault(p => SameName(p.Name, actor.Name)) ?? actor
        : renamed.TryGetValue(actor.Name, out var named) ? Final(named) : actor;

    // Officials the article has named only by their role so far, with the paragraph each was first met in.
    private readonly List<(ExtractedActor Actor, int Paragraph)> unnamed = [];

    private ExtractedActor Unnamed(ExtractedActor actor)
    {
        unnamed.Add((actor, paragraph));
        return Register(actor);
    }

    // "Russia has delivered the fourth squadron, a senior Russian official said." then, in the next paragraph, "Vadim
    // Rostovtsev, deputy director of the arms export service, told an agency that ...": news names the lede's source next.
    // Of two such officials, which one is named is not told: neither is.
    private (ExtractedActor Actor, int Paragraph) LedeSource(ActorPhrase phrase) =>
        paragraph == lede.Next && unnamed.Where(u => u.Paragraph == lede.Opening && SameSide(u.Actor, phrase)).ToList() is [var only]
            ? only
            : default;

    // Not across sides: Colombia's defence minister is not Venezuela's foreign minister.
    private static bool SameSide(ExtractedActor described, ActorPhrase phrase) =>
        described.Affiliation is null || phrase.Affiliation is null || described.Affiliation == phrase.Affiliation;

    private IReadOnlyList<(string Name, string[] Description)>? describedBodies;

    // "a satellite imagery company said ..." where the story calls Lantern Geodata "a Norwegian satellite imagery company": a
    // body met only by its description is the one body the story names with it.
    private ExtractedActor? NamedForItsDescription(ActorPhrase phrase)
    {
        if (phrase.Kind is not (ActorKind.Organisation or ActorKind.Media) || phrase.Name.Any(char.IsUpper)) return null;
        describedBodies ??= Story.DescribedBodies.Find(Text);
        if (Story.DescribedBodies.NameFor(describedBodies, phrase.Name) is not { } name) return null;
        return bodies.LastOrDefault(b => b.Name == name)
            ?? Register(new ExtractedActor(name, phrase.Kind, phrase.Name, phrase.Affiliation));
    }

    private ExtractedActor Register(ExtractedActor actor)
    {
        (actor.Kind == ActorKind.Person ? people : bodies).Add(actor);
        return actor;
    }

    // "Lasouski" is "Viktar Lasouski"; "Yoon" is "Lee Dong-hyun", whose family name comes first.
    private static bool SameName(string a, string b)
    {
        var wordsA = a.Split(' ');
        var wordsB = b.Split(' ');
        if (wordsA[^1].Equals(wordsB[^1], StringComparison.OrdinalIgnoreCase)) return true;
        return (wordsA.Length == 1 && wordsB.Contains(wordsA[0], StringComparer.OrdinalIgnoreCase))
            || (wordsB.Length == 1 && wordsA.Contains(wordsB[0], StringComparer.OrdinalIgnoreCase));
    }
}
