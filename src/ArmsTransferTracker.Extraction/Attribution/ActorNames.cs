using System.Text;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Reading;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Attribution;

/// <summary>
/// Names a speaker from the noun phrase the parse gives it: the phrase's subtree without its clauses, appositions,
/// time words and punctuation; a person by the proper nouns of the name without titles; an unnamed body by its phrase.
/// </summary>
public static class ActorNames
{
    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "i" };
    private static readonly HashSet<string> GroupPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "we" };

    // What a name is not made of: clauses, appositions, the preposition phrases of time and place, punctuation.
    private static readonly HashSet<string> Outside =
    [
        "acl", "acl:relcl", "advcl", "appos", "punct", "advmod", "nmod:tmod", "obl", "obl:tmod", "conj", "cc", "dep", "parataxis",
        "nmod:unmarked", "det:predet", "nummod", "cc:preconj",
    ];

    public static ActorPhrase? Name(SentenceMentions mentions, int head) => Name(mentions, head, null);

    /// <summary>"U.S. and European officials", "German and Dutch intelligence officials": two groups, each its own actor.</summary>
    public static IEnumerable<ActorPhrase> SplitCoordinated(ActorPhrase phrase)
    {
        var words = phrase.Name.Split(' ');
        var and = Array.IndexOf(words, "and");
        if (phrase.Kind is not (ActorKind.Officials or ActorKind.Government) || and != 1 || words.Length < 4 || IsOnePlace(words[..3]))
        {
            yield return phrase;
            yield break;
        }
        // Each group is of its own side: "Estonian officials" are Estonia's, though the phrase named Finland first. Each
        // side has one government body: "the French and German foreign ministries" are a French and a German ministry.
        var shared = string.Join(' ', phrase.Kind == ActorKind.Government ? [.. words[3..^1], Singular(words[^1])] : words[3..]);
        yield return phrase with { Name = $"{words[0]} {shared}", Affiliation = SideOf(words[0]) ?? phrase.Affiliation };
        yield return phrase with { Name = $"{words[2]} {shared}", Affiliation = SideOf(words[2]) ?? phrase.Affiliation };
    }

    private static string Singular(string noun) =>
        SyntaxModel.English.Lemmatizer.Lemmatize(noun, "NOUN") is var lemma && char.IsUpper(noun[0])
            ? char.ToUpperInvariant(lemma[0]) + lemma[1..]
            : lemma;

    // "..., the minister, Karim Saadeh, noted": the role set off by a comma before a name is that person's.
    private static string? RoleBeforeComma(ParsedSentence tree, int first) =>
        first > 2 && tree[first - 1].Form == "," && tree[first - 2] is { Upos: "NOUN" } role
            && (Lexicon.PersonRoles.Contains(role.Lemma) || Lexicon.OfficialHeads.Contains(role.Lemma))
            ? role.Lemma
            : null;

    private static string? SideOf(string word) => Mentions.Places.Find([word]).FirstOrDefault()?.Canonical;

    // "Bosnia and Herzegovina": one state whose name has an "and" in it.
    private static bool IsOnePlace(string[] words) =>
        Mentions.Places.Find(words) is [var place] && place.First == 1 && place.Last == words.Length;

    /// <summary>
    /// The head of a name as written, its last noun: "Secretary of State Mara Ellison", "U.S. and European officials"; but
    /// not the place it sits in ("the Iranian embassy in Baku"), whom it is sent to ("Iran's mission to the United Nations")
    /// nor what describes it ("a person familiar with the talks").
    /// </summary>
    internal static int HeadOfWrittenName(ParsedSentence tree, IReadOnlyList<int> words)
    {
        var described = words.FirstOrDefault(w => w > words[0] && ((tree[w].Upos == "ADP" && tree[w].Lemma is "in" or "at")
            || (tree[w].Upos == "ADP" && tree[w].Lemma == "to" && tree[w - 1].Upos == "NOUN" && char.IsLower(tree[w - 1].Form[0]))
            || (tree[w].Upos == "ADJ" && !char.IsUpper(tree[w].Form[0]) && tree[w - 1].Upos is "NOUN" or "PROPN")));
        return words.LastOrDefault(w => (described == 0 || w < described) && tree[w].Upos is "NOUN" or "PROPN" or "PRON");
    }

    /// <summary>A speaker named by the words that are written as its name, whatever the parser made of them.</summary>
    /// <remarks>A network people post on ("on Facebook, X and Telegram") is no speaker; nor is a time ("images from late
    /// January").</remarks>
    public static ActorPhrase? Name(SentenceMentions mentions, int head, IReadOnlyList<int>? words) =>
        DescribedAsABody(mentions, NameAsWritten(mentions, head, words)) is { } phrase && !Lexicon.PlatformNames.Contains(phrase.Name)
            && !Lexicon.TimeWords.Contains(phrase.Name)
            ? phrase : null;

    // "Kestrel Field Research, a Vienna-based group that tracks arms exports, said": a name followed by a body's description set
    // off by a comma is that body's, however the parser hung the description, and the description's noun is the role by which
    // "the group said" names it again.
    private static ActorPhrase? DescribedAsABody(SentenceMentions mentions, ActorPhrase? phrase)
    {
        if (phrase is not { Reference: ActorReference.Named, Kind: ActorKind.Person or ActorKind.Organisation }) return phrase;
        var tree = mentions.Sentence.Tree!;
        if (NameBeforeDescription(mentions, phrase) is { } named) return named;
        var nameWords = WithNameRun(tree, phrase.Head, [phrase.Head]);
        var last = nameWords.DefaultIfEmpty(tree.Words.Count).Max();
        if (last + 2 > tree.Words.Count || tree[last + 1].Form != ",") return phrase;
        if (tree.Words.FirstOrDefault(w => w is { Relation: "appos", Upos: "NOUN" } && w.Index > last
                && IsDescription(w.Lemma.ToLowerInvariant()) && FirstWordOf(tree, w.Index) == last + 2)
            is not { } description) return phrase;
        var role = description.Form.ToLowerInvariant();
        if (phrase.Kind == ActorKind.Organisation) return phrase.Role is null ? phrase with { Role = role } : phrase;
        // "Lukáš Vondra of Niger Basin Arms Research, a Prague-based group": the description is of the body the person works at.
        if (nameWords.Any(w => tree[w].Form is "of" or "for" or "at")) return phrase;
        return phrase with { Name = BodyName(mentions, nameWords), Kind = BodyKind(description), Role = role };
    }

    // Where a phrase begins, its punctuation aside.
    internal static int FirstWordOf(ParsedSentence tree, int head) => tree.Subtree(head).Where(d => tree[d].Upos != "PUNCT").Min();

    private static ActorKind BodyKind(SyntaxWord description) =>
        KindOf(description.Lemma.ToLowerInvariant()) == ActorKind.Media ? ActorKind.Media : ActorKind.Organisation;

    // The same, with the description taken for the speaker: "Kestrel Field Research, a Vienna-based group ..., said" parsed
    // with "group" as the subject. The capitalised words before the comma are the name, unless they only name a place.
    private static ActorPhrase? NameBeforeDescription(SentenceMentions mentions, ActorPhrase phrase)
    {
        var tree = mentions.Sentence.Tree!;
        var description = tree[phrase.Head];
        if (phrase.Kind != ActorKind.Organisation || phrase.Name.Any(char.IsUpper) || description.Upos != "NOUN"
            || !IsDescription(description.Lemma.ToLowerInvariant())) return null;
        var first = FirstWordOf(tree, description.Index);
        if (first < 3 || tree[first - 1].Form != "," || !IsCapitalisedWord(tree, first - 2)) return null;
        var nameWords = WithNameRun(tree, first - 2, [first - 2]);
        if (nameWords.Count == 0 || nameWords.Any(w => !char.IsUpper(tree[w].Form[0]))
            || mentions.Places.Any(p => nameWords.All(p.Covers))) return null;
        var role = description.Form.ToLowerInvariant();
        return phrase with { Name = BodyName(mentions, nameWords), Kind = BodyKind(description), Role = role };
    }

    private static ActorPhrase? NameAsWritten(SentenceMentions mentions, int head, IReadOnlyList<int>? words)
    {
        var tree = mentions.Sentence.Tree!;
        if (words is not null && NameAfterDescription(tree, words) is ({ } describer, [_, ..] nameWords))
        {
            // Its description stays its role, by which "the group said" names it again.
            return new(HeadOfWrittenName(tree, nameWords), Text(tree, nameWords), KindOf(tree[describer].Lemma),
                tree[describer].Form.ToLowerInvariant(), null, ActorReference.Named);
        }
        // "The head of the Military Intelligence Directorate, Maj. Gen. Amos Peled, told": a role named in apposition is that
        // person's, though the role's phrase ends in a body's name.
        if (tree[head] is { Upos: "NOUN" or "PROPN" } role && Lexicon.PersonRoles.Contains(role.Lemma.ToLowerInvariant())
            && NamedInApposition(mentions, head) is { } appositionName)
        {
            var rolePhrase = PhraseWords(tree, head);
            var side = mentions.Places.FirstOrDefault(p => rolePhrase.Contains(p.Last) && !IsLocation(tree, p.Last))?.Canonical;
            return new(head, appositionName, ActorKind.Person, Text(tree, rolePhrase), side, ActorReference.Named);
        }
        if (words is null && IsRoleWord(tree[head]) && PhraseWords(tree, head) is var roleAndName
            && NameAfterTheRolesBody(mentions, roleAndName) is { } holder)
        {
            var rolePhrase = roleAndName.Where(w => w < holder[0]).ToList();
            var side = mentions.Places.FirstOrDefault(p => rolePhrase.Contains(p.Last) && !IsLocation(tree, p.Last))?.Canonical;
            return new(holder[^1], Text(tree, holder), ActorKind.Person, Text(tree, rolePhrase), side, ActorReference.Named);
        }
        if (words is not null && HeadOfWrittenName(tree, words) is var last and > 0) head = last;
        // "according to the Institute for Defence Imagery": an institution's name is headed by its body's word.
        if (words is not null && words.FirstOrDefault(w => IsInstitutionHead(tree, w)) is var bodyWord and > 0) head = bodyWord;
        // "according to Rail Monitor Minsk", "according to lawmaker Park Min-jun": a proper name whose last word is a state's
        // name or a part after a hyphen is headed by its first word.
        while (words is not null && tree[head].Relation == "flat" && words.Contains(tree[head].Head)
            && (mentions.Places.Any(p => p.Covers(head)) || tree.IsInnerHyphen(head - 1))) head = tree[head].Head;
        var word = tree[head];
        // "one of the officers said": one of a group named before speaks for it, as "the officers" would.
        if (word.Lemma.Equals("one", StringComparison.OrdinalIgnoreCase) && tree.Dependents(head).FirstOrDefault(d =>
                TreeExtensions.Is(d.Relation, "nmod") && tree.CaseOf(d.Index) == "of" && KindOf(d.Lemma) == ActorKind.Officials
                && tree.Dependents(d.Index).Any(t => t is { Relation: "det", Lemma: "the" })) is { } group)
        {
            return new(group.Index, group.Form.ToLowerInvariant(), ActorKind.Officials, null, null, ActorReference.Role);
        }
        // "Iranian-made guided missiles" read as "made guided": a verb the parser took for a subject is no one who speaks; nor is a
        // number ("all three have denied", "Three EU states say"), whose group is named elsewhere.
        if (word.Upos == "VERB" || word.Upos == "NUM" || Lexicon.NumberWords.Contains(word.Lemma)) return null;
        if (word.Upos == "PRON")
        {
            var pronoun = word.Form.ToLowerInvariant();
            // "spokesman He Lanqing told": a capitalised "He" inside a sentence, before a name, is the name's first word.
            if (IsNameWrittenAsPronoun(tree, head))
            {
                var name = Enumerable.Range(head, tree.Words.Count - head + 1)
                    .TakeWhile(w => w == head || (tree[w].Upos == "PROPN" && char.IsUpper(tree[w].Form[0]))).ToList();
                return new(head, Text(tree, name), ActorKind.Person, null, null, ActorReference.Named);
            }
            if (PersonalPronouns.Contains(pronoun)) return new(head, pronoun, ActorKind.Person, null, null, ActorReference.Pronoun);
            if (GroupPronouns.Contains(pronoun)) return new(head, pronoun, ActorKind.Government, null, null, ActorReference.Pronoun);
            return null;
        }
        // "Rheinmetall said", "an Amnesty International investigation": a body known by its name is that body.
        if (Mentions.KnownBodies.At(tree, head) is { } known)
        {
            return new(head, known, ActorKind.Organisation, null, Mentions.KnownBodies.StateOf(known), ActorReference.Named);
        }
        var phrase = words is null ? WithNameRun(tree, head, PhraseWords(tree, head)) : FromBody(tree, SpanWords(tree, words));
        if (phrase.Count == 0) return null;
        // "Bosnia and Herzegovina's defence ministry": a state's name the parser split at its "and" is whole in the phrase.
        foreach (var split in mentions.Places.Where(p => phrase.Contains(p.First) && !phrase.Contains(p.Last)).ToList())
        {
            var end = split.Last < tree.Words.Count && tree[split.Last + 1].Form is "'s" or "’s" ? split.Last + 1 : split.Last;
            phrase = [.. phrase.Union(Enumerable.Range(split.First, end - split.First + 1)).Order()];
        }
        // The side a speaker belongs to is named before its head or as "of X", not where it sits ("its embassy in London").
        var affiliation = mentions.Places.FirstOrDefault(p => phrase.Contains(p.Last) && !IsLocation(tree, p.Last))?.Canonical;
        // "Kenya's Interior Ministry", parsed as a name whose last words hang flat from its first: the body its last word names.
        var lemma = tree.Children(head, "flat").LastOrDefault() is { } lastFlat && IsBodyHead(lastFlat.Lemma.ToLowerInvariant())
            ? lastFlat.Lemma.ToLowerInvariant()
            : word.Lemma.ToLowerInvariant();

        // "Iran", "Moscow", "the Kremlin": a state speaks under its name; a seat of power keeps its own.
        if (mentions.Places.FirstOrDefault(p => p.Covers(head)) is { } place && phrase.All(place.Covers)
            && !IsChannelNumber(tree, place.Last + 1))
        {
            var name = place.Form != PlaceForm.Seat ? place.Canonical
                // "the State Department": a seat that is a body of the state goes by the state's name too, as news writes it in
                // full ("the U.S. State Department"); a building ("the Kremlin") by its own alone.
                : place.Surface.Split(' ') is [_, _, ..] seatWords
                    && IsBodyHead(seatWords[^1].ToLowerInvariant())
                    && Mentions.Places.ShortNameOf(place.Canonical) is { } state ? $"{state} {place.Surface}"
                : place.Surface;
            // An armed group speaks under its name too, as the body it is, not a state's government.
            return new(head, name, place.IsState ? ActorKind.Government : ActorKind.Organisation, null, place.Canonical,
                ActorReference.Named);
        }
        if (words is not null && !IsBodyHead(lemma) && TrailingName(tree, phrase, spelledOut: true) is { } written)
        {
            return PersonOrOutlet(head, written, RoleBeforeComma(tree, phrase[0]) ?? Text(tree, phrase), affiliation);
        }
        // "the human rights group Nile Watch": a body named after its description, which "the group" later refers to.
        // "the research group Quillon Armament Watch": the tagger may take a name's words for common nouns; they are capitalised.
        if ((word.Upos == "PROPN" || (word.Upos == "NOUN" && char.IsUpper(word.Form[0])))
            && DescriptionBefore(tree, head) is { } description && PersonName(tree, head, ofABody: true) is { } bodyName)
        {
            var bodyKind = KindOf(tree[description].Lemma.ToLowerInvariant()) == ActorKind.Media ? ActorKind.Media : ActorKind.Organisation;
            return new(head, bodyName, bodyKind, Text(tree, PhraseWords(tree, description)), affiliation, ActorReference.Named);
        }
        // "the monitoring group Arms Ledger Watch said": the parser may cut the name from the description it follows.
        if (word.Upos == "NOUN" && IsDescription(lemma) && NameRightAfter(tree, mentions, head) is { Count: > 0 } run)
        {
            var runKind = KindOf(lemma) == ActorKind.Media ? ActorKind.Media : ActorKind.Organisation;
            return new(head, Text(tree, run), runKind, Text(tree, phrase), affiliation, ActorReference.Named);
        }
        // "Dr Meera Sood of the Centre for Strategic Logistics": the body a person is "of" or "at" is where the person works, however
        // the parser hung it from the name, not the name's own head word.
        var workplace = tree.Dependents(head).Concat(tree.Children(head, "flat").SelectMany(f => tree.Dependents(f.Index)))
            .Where(d => TreeExtensions.Is(d.Relation, "nmod") && tree.CaseOf(d.Index) is "of" or "at" && d.Index > head)
            .SelectMany(d => tree.Subtree(d.Index)).ToHashSet();
        if (word.Upos == "PROPN" && !IsBodyHead(lemma) && !IsInstitutionName(tree, head)
            && !phrase.Any(w => !workplace.Contains(w) && IsInstitutionHead(tree, w)))
        {
            if (PersonName(tree, head) is { } person)
            {
                return PersonOrOutlet(head, person, RoleBeforeComma(tree, phrase[0]) ?? RoleOf(tree, head),
                    affiliation ?? SideInApposition(mentions, head));
            }
        }
        // "The group, which calls itself Track Signal": the name it goes by. The description it was known by is its role.
        // "A rebel commander, who gave his name as Abu Omar": a person's, who gives it or calls himself so.
        if (CalledName(tree, head) is var (called, byAPerson))
        {
            return new(head, called, byAPerson || KindOf(lemma.ToLowerInvariant()) == ActorKind.Person ? ActorKind.Person
                : ActorKind.Organisation, word.Lemma.ToLowerInvariant(), affiliation, ActorReference.Named);
        }
        // "Secretary of State Mara Ellison", "ministry spokesman Lin Wei-ting": a title or role before a name.
        if (!IsBodyHead(lemma.ToLowerInvariant()) && TrailingName(tree, phrase) is { } titled)
        {
            return new(head, titled, ActorKind.Person, Text(tree, phrase), affiliation, ActorReference.Named);
        }
        // "its spokesman, Colonel Viktar Lasouski": the name in apposition is the speaker's.
        // "The head of public affairs, Brigadier Tomas Okello": the parser may hang it from the phrase's last noun.
        // "Defence Minister, General-in-Chief Andrés Colmenares Páez": a title in apposition before the name is no name.
        // "the vessel, the ro-ro carrier Marib Evening Star": a carrier's name is no speaker's.
        if (!Lexicon.CarrierNouns.Contains(lemma.ToLowerInvariant()) && NamedInApposition(mentions, head) is { } named)
        {
            // "the news site Okopnaya Gazeta": an outlet's name in apposition is the outlet's; "the group, Pripyat Watch", a
            // body's, which its description is the role of.
            return KindOf(lemma) == ActorKind.Media ? new(head, named, ActorKind.Media, null, affiliation, ActorReference.Named)
                : IsBodyHead(lemma) ? new(head, named, KindOf(lemma), lemma, affiliation, ActorReference.Named)
                : new(head, named, ActorKind.Person, Text(tree, phrase), affiliation, ActorReference.Named);
        }
        var definite = tree.Dependents(head).Any(d => d.Relation == "det" && d.Lemma is "the" or "this" or "that");
        // A document speaks for its author ("a report by UN experts", "data from an institute"); "the statement said" for
        // whoever issued it last; otherwise it is no speaker.
        if (Lexicon.IsStatementOrDocument(word) && word.Upos == "NOUN")
        {
            // "a Lebanese army statement": the author named within the document's phrase keeps the words before it.
            if (AuthorOf(tree, head) is { } author && author != head)
            {
                return tree[author].Relation == "compound" && tree[author].Upos == "NOUN"
                    ? Name(mentions, author, tree.Dependents(head).Where(d => d.Index <= author && d.Relation is "amod" or "compound")
                        .Select(d => d.Index).ToList())
                    : Name(mentions, author);
            }
            return definite ? new(head, lemma, ActorKind.Organisation, null, null, ActorReference.Pronoun) : null;
        }
        // "a lie repeated by people who want ...": people of no side and no description are whom a speaker blames, no source.
        if (phrase is [var only] && only == head && word.Form.Equals("people", StringComparison.OrdinalIgnoreCase)) return null;
        // A word in lower case is no name, however tagged: "cargo" in "said were cargo manifests" is no one.
        if ((word.Upos == "NOUN" || char.IsLower(word.Form[0])) && !CanSpeak(mentions, head, lemma)) return null;
        // "researchers at the Nairobi-based Rift Security Monitor said": people speaking from a named body speak for it.
        if (word.Upos == "NOUN" && !word.Form.Equals(word.Lemma, StringComparison.OrdinalIgnoreCase)
            && (Lexicon.OfficialHeads.Contains(lemma) || Lexicon.PersonRoles.Contains(lemma))
            && tree.Dependents(head).FirstOrDefault(d => d.Relation.StartsWith("nmod", StringComparison.Ordinal)
                && tree.CaseOf(d.Index) == "at" && d.Upos == "PROPN") is { } body
            && Name(mentions, body.Index) is { } institution)
        {
            // Researchers and officials work at institutions: a name that reads as an outlet's or a person's is one.
            var bodyKind = institution.Kind is ActorKind.Person or ActorKind.Media ? ActorKind.Organisation : institution.Kind;
            return institution with { Kind = bodyKind, Role = null };
        }
        // "the manufacturer, Bosphorus Aero Industries, said": a body's name set off by commas, however the parser hung it.
        if (word.Upos == "NOUN" && KindOf(lemma) != ActorKind.Person && NameSetOffAfter(tree, phrase.Max()) is { } setOff)
        {
            return new(head, setOff, KindOf(lemma) is ActorKind.Officials ? ActorKind.Organisation : KindOf(lemma), lemma, affiliation,
                ActorReference.Named);
        }
        // "Chad's government", "the Iranian authorities", "Somalia's federal government": the state itself.
        if (Lexicon.StateBodies.Contains(lemma) && affiliation is not null && !phrase.Any(w => Lexicon.RegimeWords.Contains(tree[w].Lemma))
            && phrase.All(w => w == head
            || mentions.Places.Any(p => p.Covers(w)) || tree[w].Relation is "case"
            || (tree[w].Upos == "ADJ" && char.IsLower(tree[w].Form[0]))))
        {
            return new(head, affiliation, ActorKind.Government, null, affiliation, ActorReference.Named);
        }
        var kind = KindOf(lemma);
        // "a Ministry of National Defense official", the official hung from the body: an official of the body speaks.
        if (tree[phrase.Max()] is { Upos: "NOUN" } tail && tail.Index != head
            && Lexicon.OfficialHeads.Contains(tail.Lemma.ToLowerInvariant()))
        {
            kind = ActorKind.Officials;
        }
        // "the South Korean spy agency": a head that names outlets and state bodies alike is a state's with a state's function.
        if (kind == ActorKind.Media && Lexicon.GovernmentHeads.Contains(lemma)
            && phrase.Any(w => Lexicon.StateAgencyWords.Contains(tree[w].Lemma.ToLowerInvariant())))
        {
            kind = ActorKind.Government;
        }
        // "the Fjord Courier news site": an outlet goes by its own name, not by the kind of outlet it is.
        if (kind == ActorKind.Media && NameBeforeKind(mentions, phrase, head) is { } outletName)
        {
            return new(head, outletName, ActorKind.Media, null, affiliation, ActorReference.Named);
        }
        var text = kind == ActorKind.Person ? Text(tree, phrase) : BodyName(mentions, phrase);
        // "a point pressed by the Chilean army chief, Gen. Rosa Quintana, on the evening news": the name set off by commas
        // after a role is the person's, however the parser hung it; a rank of two titles ("Colonel-Major") is a title too.
        if (kind == ActorKind.Person && NameSetOffAfter(tree, phrase.Max()) is { } nameAfterRole
            && string.Join(' ', nameAfterRole.Split(' ').SkipWhile(w => w.TrimEnd('.').Split('-').All(Lexicon.Titles.Contains)))
                is { Length: > 0 } untitled)
        {
            return new(head, untitled, ActorKind.Person, text, affiliation, ActorReference.Named);
        }
        // "a spokesman for Kenya's Interior Ministry" is the Kenyan Interior Ministry spokesman, as keys and readers name him.
        if (kind is ActorKind.Person or ActorKind.Officials && !definite && !word.Form.EndsWith('s')
            && tree.Dependents(head).FirstOrDefault(d => TreeExtensions.Is(d.Relation, "nmod") && tree.CaseOf(d.Index) is "for" or "of"
                && IsBodyHead(d.Lemma.ToLowerInvariant()) && char.IsUpper(d.Form[0])) is { } employer)
        {
            var bodyWords = PhraseWords(tree, employer.Index)
                .Where(w => !(tree[w].Head == employer.Index && tree[w].Relation is "case" or "det")).ToList();
            return new(head, $"{BodyName(mentions, bodyWords)} {word.Form.ToLowerInvariant()}", ActorKind.Officials, null, affiliation,
                ActorReference.Named);
        }
        // "the top U.S. diplomat said", "the official told reporters": a single official after "the" is the person named before.
        if (kind == ActorKind.Person || (kind == ActorKind.Officials && definite && !word.Form.EndsWith('s')))
        {
            return new(head, text, ActorKind.Person, text, affiliation, ActorReference.Role);
        }
        // "the ministry said", "the officials suggested": a body or group already named, by its head word alone; so is "the
        // paramilitary group", an armed group described by its kind in words of lower case.
        var described = Lexicon.GroupNouns.Contains(lemma) && phrase.All(w => char.IsLower(tree[w].Form[0]));
        // "the broader picture denies", "the paper trail shows": words of lower case with no noun of a body, an armed group
        // or people who speak in them (a compound's modifier is none; a body's noun of two words, "think tank", is one) name
        // no source; the parser took some other subject for the speaker's.
        if (kind == ActorKind.Organisation && affiliation is null
            && phrase.All(w => char.IsLower(tree[w].Form[0]) || !char.IsLetter(tree[w].Form[0]))
            && !phrase.Any(w => tree[w].Relation != "compound" && NamesSpeakers(tree[w]))
            && !phrase.Zip(phrase.Skip(1)).Any(pair => IsBodyHead($"{tree[pair.First].Lemma} {tree[pair.Second].Lemma}")))
        {
            return null;
        }
        // "The same panel found": a body's kind after a word that points back is the body named before, as "the panel" is.
        var pointsBack = phrase.All(w => w == head || Lexicon.ReferringWords.Contains(tree[w].Form.ToLowerInvariant()));
        var reference = definite && (phrase.Count == 1 || described || pointsBack) ? ActorReference.Role : ActorReference.Named;
        return new(head, text, kind, null, affiliation, reference);
    }

    // The capitalised words right before the lower-case nouns that end the phrase, not all of them places: "Fjord Courier"
    // in "the Fjord Courier news site", not "Russian" in "Russian state media".
    private static string? NameBeforeKind(SentenceMentions mentions, IReadOnlyList<int> phrase, int head)
    {
        var tree = mentions.Sentence.Tree!;
        var at = phrase.ToList().IndexOf(head) + 1;
        while (at > 0 && tree[phrase[at - 1]] is { Upos: "NOUN" } noun && char.IsLower(noun.Form[0])) at--;
        var end = at;
        if (end == phrase.Count) return null;
        while (at > 0 && tree[phrase[at - 1]] is { Upos: "PROPN" or "ADJ" } word && char.IsUpper(word.Form[0])) at--;
        var name = phrase.Skip(at).Take(end - at).ToList();
        return name.Any(w => !mentions.Places.Any(p => p.Covers(w))) ? Text(tree, name) : null;
    }

    // "Moldova's Defence Ministry" is the Moldovan Defence Ministry: a body goes by its state's adjective, as in the keys.
    private static string BodyName(SentenceMentions mentions, IReadOnlyList<int> phrase)
    {
        var tree = mentions.Sentence.Tree!;
        // "Indonesia has received jets, the country's Defence Ministry said": the country is the state the sentence is about.
        if (phrase.Count > 2 && tree[phrase[0]].Lemma is "country" or "island" && tree[phrase[1]].Form is "'s" or "’s"
            && (mentions.Places.FirstOrDefault(p => p.IsState && tree[p.Last].Relation.StartsWith("nsubj", StringComparison.Ordinal))
                ?? mentions.Places.FirstOrDefault(p => p.IsState)) is { } named
            && Places.DemonymOf(named.Canonical) is { } adjective)
        {
            return $"{adjective} {Text(tree, phrase.Skip(2).ToList())}";
        }
        if (phrase.Count > 2 && mentions.Places.FirstOrDefault(p => p.First == phrase[0]) is { Form: PlaceForm.Name } state
            && phrase.ToList().IndexOf(state.Last) is var at and >= 0 && at + 1 < phrase.Count - 1
            && tree[phrase[at + 1]].Form is "'s" or "’s" && Places.DemonymOf(state.Canonical) is { } demonym)
        {
            return $"{demonym} {Text(tree, phrase.Skip(at + 2).ToList())}";
        }
        return Text(tree, phrase);
    }

    // "researchers at the Rift Security Monitor": people speaking from a named body, written as one span, speak for it; so
    // does a statement or a report "from" or "by" a body ("according to a statement from the foreign ministry").
    private static List<int> FromBody(ParsedSentence tree, List<int> span)
    {
        var from = span.FindIndex(w => tree[w].Form is "from" or "by");
        if (from >= 1 && Lexicon.IsStatementOrDocument(tree[span[from - 1]])
            && span.Skip(from + 1).SkipWhile(w => tree[w].Upos == "DET").ToList() is { Count: > 0 } author
            && author.Any(w => tree[w].Upos is "NOUN" or "PROPN"))
        {
            return author;
        }
        var at = span.FindIndex(w => tree[w].Form == "at");
        if (at < 1 || at + 1 >= span.Count) return span;
        var people = tree[span[at - 1]];
        if (people.Form.Equals(people.Lemma, StringComparison.OrdinalIgnoreCase)
            || !(Lexicon.OfficialHeads.Contains(people.Lemma) || Lexicon.PersonRoles.Contains(people.Lemma))) return span;
        var body = span.Skip(at + 1).SkipWhile(w => tree[w].Upos == "DET").ToList();
        return body.Any(w => tree[w].Upos == "PROPN") ? body : span;
    }

    // ", Bosphorus Aero Industries," right after a phrase: capitalised words between commas (or a comma and the end).
    private static string? NameSetOffAfter(ParsedSentence tree, int last)
    {
        if (last + 2 > tree.Words.Count || tree[last + 1].Form != ",") return null;
        var end = last + 2;
        while (end <= tree.Words.Count && (IsCapitalisedWord(tree, end) || (IsNameJoiner(tree, end) && IsCapitalisedWord(tree, end + 1))))
        {
            end++;
        }
        if (end == last + 2 || (end <= tree.Words.Count && tree[end].Form is not ("," or "."))) return null;
        return Text(tree, Enumerable.Range(last + 2, end - last - 2).ToList());
    }

    // Goods, transfers, claims, times and the things that carry goods do not speak: "routine maintenance shipments denied" is the parser's
    // mistake.
    private static bool CanSpeak(SentenceMentions mentions, int head, string lemma) =>
        !mentions.Weapons.Any(w => w.Covers(head)) && !Lexicon.TransferNouns.ContainsKey(lemma) && !Lexicon.ClaimNouns.Contains(lemma)
        && !Lexicon.TimeWords.Contains(lemma) && !Lexicon.TransferVerbs.ContainsKey(lemma) && !Lexicon.CarrierNouns.Contains(lemma)
        && !IsBystander(mentions.Sentence.Tree!, head, lemma);

    // "Residents said", "the crew members admitted": witnesses of the war, not sources on its supplies.
    private static bool IsBystander(ParsedSentence tree, int head, string lemma) =>
        Lexicon.BystanderNouns.Contains(lemma)
        || tree.Dependents(head).Any(d => d.Relation == "compound" && Lexicon.BystanderNouns.Contains(d.Lemma));

    // The maker of a document: "X's report", "a report by X", "data from X", "documents seen by X".
    private static int? AuthorOf(ParsedSentence tree, int document)
    {
        foreach (var dependent in tree.Dependents(document))
        {
            if (dependent.Relation == "nmod:poss" && dependent.Upos is "PROPN" or "NOUN") return dependent.Index;
            // Not "images of the air base": what a picture is of is what it shows.
            if (dependent.Relation.StartsWith("nmod", StringComparison.Ordinal) && tree.CaseOf(dependent.Index) is "by" or "from" or "of"
                && !(tree.CaseOf(dependent.Index) == "of" && Lexicon.PictureNouns.Contains(tree[document].Lemma))) return dependent.Index;
            // "a Pentagon statement", "a Lebanese army statement".
            if (dependent.Relation == "compound" && (dependent.Upos == "PROPN" || Lexicon.GovernmentHeads.Contains(dependent.Lemma)))
            {
                return dependent.Index;
            }
            // "imagery analysed by the investigative group", "documents seen by Reuters", "images captured in May and analysed
            // by the firm".
            if (dependent.Relation.StartsWith("acl", StringComparison.Ordinal)
                && tree.WithConjuncts(dependent.Index).Select(p => tree.Child(p, "obl:agent")).FirstOrDefault(a => a is not null)
                    is { } agent) return agent.Index;
        }
        // "flight data and satellite imagery analysed by X": the author named on the last of coordinated documents.
        return tree.Children(document, "conj").Select(c => AuthorOf(tree, c.Index)).FirstOrDefault(a => a is not null)
            ?? AgentSetOffAfter(tree, document);
    }

    // "The report, published last week by X, said": the parser may hang the participle set off after the document from the
    // document's verb, and lose its "by"; the phrase of the participle that holds the "by" names the author.
    private static int? AgentSetOffAfter(ParsedSentence tree, int document)
    {
        if (!tree[document].Relation.StartsWith("nsubj", StringComparison.Ordinal)) return null;
        var participle = tree.Dependents(tree[document].Head).FirstOrDefault(d => d.Upos == "VERB" && d.Index > document
            && tree[d.Index - 1].Form == "," && !d.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && tree.Subtree(document).Where(w => tree[w].Upos != "PUNCT").Max() == d.Index - 2);
        if (participle is null) return null;
        if (tree.Child(participle.Index, "obl:agent") is { } agent) return agent.Index;
        return tree.Dependents(participle.Index).FirstOrDefault(d => d.Upos is "NOUN" or "PROPN"
            && tree.Subtree(d.Index).Any(w => tree[w] is { Lemma: "by", Relation: "case" }))?.Index;
    }

    // "Red Sea Shipping Monitor", "Centre for Countering Rumours": a name joined by "of" or "for" names no person.
    // "the Institute for Defence Imagery", however the parser headed it: a capitalised body's word before "for" or "of".
    private static bool IsInstitutionHead(ParsedSentence tree, int word) =>
        char.IsUpper(tree[word].Form[0]) && IsBodyHead(tree[word].Lemma.ToLowerInvariant()) && IsInstitutionName(tree, word);

    private static bool IsInstitutionName(ParsedSentence tree, int head) =>
        head + 2 <= tree.Words.Count && tree[head + 1].Form is "of" or "for" && IsCapitalisedWord(tree, head + 2);

    // "according to the research group Airlift Watch Network", however the parser hung it: the proper name after a body's common
    // noun is the body's name.
    private static (int Description, List<int> Name)? NameAfterDescription(ParsedSentence tree, IReadOnlyList<int> words)
    {
        var description = words.Select((w, i) => (Word: w, At: i)).LastOrDefault(x => tree[x.Word].Upos == "NOUN"
            && char.IsLower(tree[x.Word].Form[0]) && IsBodyHead(tree[x.Word].Lemma));
        var name = words.Skip(description.At + 1).ToList();
        return description.Word > 0 && name.All(w => IsCapitalisedWord(tree, w) || tree.IsInnerHyphen(w))
            ? (description.Word, name)
            : null;
    }

    // The common noun that describes a proper name before it: "group" in "the monitoring group Arms Ledger Watch".
    private static int? DescriptionBefore(ParsedSentence tree, int head) =>
        tree.Dependents(head).FirstOrDefault(d => d.Relation is "nmod:desc" or "compound" && d.Upos == "NOUN" && d.Index < head
            && (Lexicon.OrganisationHeads.Contains(d.Lemma.ToLowerInvariant()) || Lexicon.MediaHeads.Contains(d.Lemma.ToLowerInvariant())))
            ?.Index;

    // "The Harbour Times could not confirm": a name that ends as outlets' names do is an outlet's, with no role. "CENTCOM said",
    // "a U.N. report": one word in capitals is a body's short name; no person is named so.
    private static bool IsChannelNumber(ParsedSentence tree, int i) =>
        i > 1 && i <= tree.Words.Count && tree[i] is { Upos: "NUM", Relation: "flat" or "nummod" or "compound" } number
        && number.Form.Length <= 3 && number.Form.All(char.IsDigit) && char.IsUpper(tree[i - 1].Form[0]);

    private static ActorPhrase PersonOrOutlet(int head, string name, string? role, string? affiliation) =>
        OutletNames.IsMediaName(name) || name.Split(' ') is [_, .., var last] && last.All(char.IsDigit)
            ? new(head, name, ActorKind.Media, null, affiliation, ActorReference.Named)
            : IsShortName(name)
            ? new(head, name, ActorKind.Organisation, null, affiliation, ActorReference.Named)
            : new(head, name, ActorKind.Person, role, affiliation, ActorReference.Named);

    private static bool IsShortName(string name) =>
        !name.Contains(' ') && name.Count(char.IsLetter) >= 2 && name.Where(char.IsLetter).All(char.IsUpper);

    private static bool IsDescription(string lemma) => Lexicon.OrganisationHeads.Contains(lemma) || Lexicon.MediaHeads.Contains(lemma);

    // The capitalised words right after a description that the parser did not hang from it, unless they only name a place.
    private static List<int> NameRightAfter(ParsedSentence tree, SentenceMentions mentions, int head)
    {
        var run = new List<int>();
        for (var i = head + 1; IsCapitalisedWord(tree, i) || (run.Count > 0 && IsNameJoiner(tree, i) && IsCapitalisedWord(tree, i + 1));
             i++)
        {
            if (IsTimeWord(tree[i].Form)) break;
            run.Add(i);
        }
        var onlyPlace = run.Count > 0 && mentions.Places.Any(p => run.All(p.Covers));
        // "the defence journal Baltic Review", with the name hung from the description without a preposition: still cut off.
        return onlyPlace || run.Any(w => tree[w].Head == head && !(tree[w].Relation == "nmod" && tree.CaseOf(w) is null)) ? [] : run;
    }

    // A noun that tells people or a body who speak: "aides", "reporters", "an exiled group".
    // The vocabularies compare words without regard to case.
    private static bool NamesSpeakers(SyntaxWord word) =>
        IsBodyHead(word.Lemma) || KindOf(word.Lemma) is ActorKind.Officials or ActorKind.Person || Lexicon.GroupNouns.Contains(word.Lemma)
        || Lexicon.NewsroomRoles.Contains(word.Lemma);

    /// <summary>A head noun of a government body, an organisation or an outlet: "ministry", "institute", "agency".</summary>
    internal static bool IsBodyHead(string lemma) =>
        Lexicon.GovernmentHeads.Contains(lemma) || Lexicon.OrganisationHeads.Contains(lemma) || Lexicon.MediaHeads.Contains(lemma);

    /// <summary>The kind of actor a phrase headed by the lemma names, by the vocabularies of heads.</summary>
    internal static ActorKind KindOf(string lemma)
    {
        if (Lexicon.OfficialHeads.Contains(lemma)) return ActorKind.Officials;
        if (Lexicon.PersonRoles.Contains(lemma)) return ActorKind.Person;
        if (Lexicon.MediaHeads.Contains(lemma)) return ActorKind.Media;
        if (Lexicon.GovernmentHeads.Contains(lemma)) return ActorKind.Government;
        return ActorKind.Organisation;
    }

    /// <summary>
    /// The proper nouns of a person's name at <paramref name="head"/>, without titles: "Colonel Viktar Lasouski" is "Viktar Lasouski".
    /// A body's name keeps them: "the Czech firm Ondava Defence Systems" (<paramref name="ofABody"/>).
    /// </summary>
    internal static string? PersonName(ParsedSentence tree, int head, bool ofABody = false)
    {
        bool IsTitle(string form) => !ofABody && ActorNames.IsTitle(form);
        // The capitalised words around the head that are not titles: the tagger does not call every part of a name PROPN.
        // "al-Mansouri", "Choi Min-jae", "Ursula von der Leyen": particles and hyphenated parts belong to the name.
        bool IsCapitalised(int i) => char.IsUpper(tree[i].Form[0]) && tree[i].Upos is "PROPN" or "NOUN" or "ADJ" or "X"
            && !IsTitle(tree[i].Form);
        bool IsNameWord(int i) => i >= 1 && i <= tree.Words.Count
            && (IsCapitalised(i) || tree.IsInnerHyphen(i) || (i > 1 && tree.IsInnerHyphen(i - 1))
                || (ofABody && tree[i].Form == "&" && i > 1 && i < tree.Words.Count && IsCapitalised(i - 1) && IsCapitalised(i + 1))
                || (IsParticle(i) && AfterParticles(i) is var next && next <= tree.Words.Count && (tree.IsInnerHyphen(next)
                    || IsCapitalised(next))));
        bool IsParticle(int i) => Lexicon.NameParticles.Contains(tree[i].Form);
        // "van der Kolk", "de la Fuente": particles run on to the name they lead to.
        int AfterParticles(int i)
        {
            while (i <= tree.Words.Count && IsParticle(i)) i++;
            return i;
        }
        var anchor = head;
        if (!IsNameWord(anchor))
        {
            anchor = tree.Dependents(head).Where(d => d.Relation is "flat" or "compound").Select(d => d.Index).LastOrDefault(IsNameWord);
            if (anchor == 0) return null;
        }
        var (start, end) = (anchor, anchor);
        // A body's name runs on over the capitalised words after it, however the parser hung them ("Arms & Rights Monitor").
        bool Joins(int i, int neighbour) => IsNameWord(i) && !IsBaseOf(tree, i) && !IsBased(tree[i])
            && (tree.Dominates(head, i) || tree.IsInnerHyphen(i) || tree.IsInnerHyphen(neighbour) || IsParticle(neighbour)
                || (ofABody && i > neighbour && !IsTimeWord(tree[i].Form)));
        while (Joins(start - 1, start)) start--;
        while (Joins(end + 1, end)) end++;
        // "Transport Minister Julio Peña Ortiz" parsed with "Transport" the head: the name goes on after the title.
        while (end + 2 <= tree.Words.Count && IsTitle(tree[end + 1].Form)
            && Joins(end + 2, end + 1) && tree.Dominates(head, end + 2))
        {
            end += 2;
            while (Joins(end + 1, end)) end++;
        }
        // "Kenya 24", "Arev 2": a number hung on a name right after it is the last word of a channel's name.
        if (IsChannelNumber(tree, end + 1) && tree.Dominates(head, end + 1)) end++;
        // "General-in-Chief Mario Quispe": a hyphenated title joined on by its hyphens ends before the name.
        var title = Enumerable.Range(start, end - start + 1).LastOrDefault(i => IsTitle(tree[i].Form));
        if (title > 0 && title < end) start = title + 1;
        return Text(tree, Enumerable.Range(start, end - start + 1).ToList());
    }

    // "which calls itself X", "known as X", "named X": a name given in a relative clause or a participle. "who calls himself
    // X", "who gave his name as X", "who uses the name X", "identified only as X": the name a person goes by (ByAPerson).
    private static (string Name, bool ByAPerson)? CalledName(ParsedSentence tree, int head)
    {
        foreach (var clause in tree.Dependents(head).Where(d => d.Relation.StartsWith("acl", StringComparison.Ordinal)
            && d.Lemma is "call" or "know" or "name" or "give" or "use" or "identify"))
        {
            var calling = clause.Lemma is "call" or "know" or "name";
            // A name the tagger took for common words ("Track Signal") is still capitalised.
            var named = calling
                ? tree.Dependents(clause.Index).FirstOrDefault(d => IsCapitalisedWord(tree, d.Index)
                    && d.Relation is "xcomp" or "obj" or "obl" or "nsubj:pass" && d.Index > clause.Index)
                : tree.Dependents(clause.Index).FirstOrDefault(d => IsCapitalisedWord(tree, d.Index) && d.Index > clause.Index
                        && TreeExtensions.Is(d.Relation, "obl") && tree.CaseOf(d.Index) == "as")
                    ?? tree.Children(clause.Index, "obj").Where(n => n.Lemma == "name")
                        .SelectMany(n => tree.Children(n.Index, "appos")).FirstOrDefault(d => IsCapitalisedWord(tree, d.Index));
            if (named is not null)
            {
                var byAPerson = !calling || tree.Dependents(clause.Index).Any(d => d.Lemma is "himself" or "herself");
                // The words from the name's first to its last, with the hyphens between them: "al-Hamdani".
                var words = tree.Subtree(named.Index, d => d.Relation is "flat" or "compound" or "flat:name"
                    || (d.Relation == "amod" && IsCapitalisedWord(tree, d.Index)));
                return (Text(tree, [.. Enumerable.Range(words.Min(), words.Max() - words.Min() + 1)]), byAPerson);
            }
        }
        return null;
    }

    // The capitalised words that end a phrase after a title or role: "Secretary of State Mara Ellison".
    /// <param name="spelledOut">The phrase is the words written as the name: a run of name words is a name without a title.</param>
    private static string? TrailingName(ParsedSentence tree, List<int> phrase, bool spelledOut = false)
    {
        var end = phrase.Count - 1;
        var start = end;
        while (start >= 0 && phrase[start] == phrase[end] - (end - start)
            && (IsNameLike(tree, phrase[start]) || (start > 0 && IsParticleInName(tree, phrase[start])))) start--;
        start++;
        // "Colonel-Major Ali Musa": a title joined by a hyphen to the one before is a title still, not the name's first word.
        while (start < end && (tree[phrase[start]].Form == "-" || IsTitle(tree[phrase[start]].Form))) start++;
        if (start > end) return null;
        if (start == 0) return spelledOut && end >= 1 && tree[phrase[end]].Upos == "PROPN" ? Text(tree, phrase) : null;
        var titleBefore = IsTitle(tree[phrase[start - 1]].Form) || Lexicon.GovernmentHeads.Contains(tree[phrase[start - 1]].Lemma);
        // "a person close to the Revolutionary Guard Corps": a body's last word ends no one's name.
        return titleBefore && (tree[phrase[end]].Upos == "PROPN" || IsUnknownCapitalised(tree, phrase[end]))
            && !IsBodyHead(tree[phrase[end]].Lemma.ToLowerInvariant())
            ? Text(tree, phrase.GetRange(start, end - start + 1))
            : null;
    }

    private static bool IsRoleWord(SyntaxWord word) =>
        word.Upos is "NOUN" or "PROPN" && (Lexicon.PersonRoles.Contains(word.Lemma.ToLowerInvariant()) || IsTitle(word.Form));

    // "Chinese Ambassador to Zambia Qin Haoran", "Spokesman of the Ministry of Interior Nour al-Din Sabbagh": a person's name
    // that ends a role's phrase, after the state or body the role is "of" or "to", is the role holder's. The name's run of
    // capitalised words starts after the state's name and the body's words ("Zambia", "Interior").
    private static List<int>? NameAfterTheRolesBody(SentenceMentions mentions, List<int> phrase)
    {
        var tree = mentions.Sentence.Tree!;
        var of = phrase.FindIndex(w => tree[w].Upos == "ADP" && tree[w].Lemma is "of" or "to" or "for");
        if (of <= 0) return null;
        var start = phrase.Count - 1;
        bool Adjoins(int at) =>
            phrase[at + 1] - phrase[at] == 1 || (phrase[at + 1] - phrase[at] == 2 && tree.IsInnerHyphen(phrase[at] + 1));
        while (start - 1 > of && Adjoins(start - 1) && (IsNameLike(tree, phrase[start - 1]) || IsParticleInName(tree, phrase[start - 1])))
        {
            start--;
        }
        while (start < phrase.Count && (mentions.Places.Any(p => p.Covers(phrase[start]))
            || Story.WrittenNames.IsCommonWord(tree[phrase[start]].Form))) start++;
        // The state or body comes first: "a spokeswoman for Orava Munitions" names the body alone.
        var bodyFirst = phrase.Take(start).Skip(of + 1).Any(w => tree[w].Upos is "NOUN" or "PROPN");
        return bodyFirst && phrase.Count - start >= 2 && tree[phrase[^1]].Upos == "PROPN" && IsNameLike(tree, phrase[start])
            ? phrase[start..] : null;
    }

    private static bool IsNameLike(ParsedSentence tree, int i) =>
        (char.IsUpper(tree[i].Form[0]) && (tree[i].Upos is "PROPN" || IsUnknownCapitalised(tree, i)) && !IsTitle(tree[i].Form)
            && !IsBodyHead(tree[i].Lemma.ToLowerInvariant()))
        || tree.IsInnerHyphen(i)
        || (i > 1 && tree.IsInnerHyphen(i - 1));

    // "spokeswoman Solange Mukeshimana": the tagger may take a name it never saw for a common noun; a capitalised word the treebank
    // does not know, inside the sentence, is a name's however tagged.
    private static bool IsUnknownCapitalised(ParsedSentence tree, int i) =>
        i > 1 && tree[i].Upos is "NOUN" or "X" && char.IsLetter(tree[i - 1].Form[0]) && !Story.WrittenNames.IsCommonWord(tree[i].Form);

    // "Moussa ag Intalla", "Ursula von der Leyen": a particle between the parts of a name.
    private static bool IsParticleInName(ParsedSentence tree, int i) =>
        i > 1 && Lexicon.NameParticles.Contains(tree[i].Form) && (IsNameLike(tree, i - 1) || IsParticleInName(tree, i - 1));

    private static bool IsNameWrittenAsPronoun(ParsedSentence tree, int head) =>
        head > 1 && char.IsUpper(tree[head].Form[0]) && tree[head - 1].Upos != "PUNCT" && char.IsLower(tree[head - 1].Form[0])
        && head < tree.Words.Count && tree[head + 1] is { Upos: "PROPN" } next && char.IsUpper(next.Form[0])
        && (next.Head == head || next.Head == tree[head].Head);

    private static bool IsTitle(string form)
    {
        var word = form.TrimEnd('.');
        return Lexicon.Titles.Contains(word) || Lexicon.PersonRoles.Contains(word) || Lexicon.OfficialHeads.Contains(word);
    }

    // "Adem Kaya, the Turkish ambassador, said": the side a person's role in apposition names, not one the role is posted to
    // ("the ambassador to Turkey") or sits in.
    private static string? SideInApposition(SentenceMentions mentions, int head)
    {
        var tree = mentions.Sentence.Tree!;
        if (RoleInApposition(tree, head) is not { } role) return null;
        return mentions.Places.FirstOrDefault(p => role.Words.Contains(p.Last) && IsSideOf(tree, p.Last, role.Head))?.Canonical;

        static bool IsSideOf(ParsedSentence tree, int word, int top)
        {
            for (var w = word; w != top && w != 0; w = tree[w].Head)
            {
                if (tree.CaseOf(w) is not (null or "of" or "'s" or "’s")) return false;
            }
            return true;
        }
    }

    // "Colonel Viktar Lasouski, the ministry's spokesman": the apposition is the role.
    private static string? RoleOf(ParsedSentence tree, int head)
    {
        if (RoleInApposition(tree, head) is { } role) return Text(tree, role.Words);
        var titles = tree.Dependents(head).Where(d => d.Relation is "compound" or "nmod:desc"
            && Lexicon.Titles.Contains(d.Form.TrimEnd('.'))).ToList();
        return titles.Count > 0 ? string.Join(' ', titles.Select(t => t.Form)) : null;
    }

    // The noun phrase set off after a person's name, which says who the person is.
    private static (int Head, List<int> Words)? RoleInApposition(ParsedSentence tree, int head) =>
        tree.Children(head, "appos").FirstOrDefault(a => a.Upos == "NOUN") is { } apposition
            ? (apposition.Index, PhraseWords(tree, apposition.Index))
            : null;

    // "Russian Deputy Foreign Minister Oleg Rudnev", "Turkey's Directorate of Communications": a name written as a
    // run of capitalised words is one name, however the parser split it; the run is joined to the phrase it touches.
    private static List<int> WithNameRun(ParsedSentence tree, int head, List<int> phrase)
    {
        if (!IsCapitalisedWord(tree, head)) return phrase;
        var (start, end) = (head, head);
        while (start > 1 && (IsCapitalisedWord(tree, start - 1) || (IsNameJoiner(tree, start - 1) && start > 2
            && IsCapitalisedWord(tree, start - 2)))) start--;
        // "Institute for Peace and Security Studies": after an institution's "for" or "of", "and" joins its name's words too.
        while (end < tree.Words.Count && (IsCapitalisedWord(tree, end + 1)
            || ((IsNameJoiner(tree, end + 1) || (tree[end + 1].Form is "and" or "&" && Enumerable.Range(head, end - head + 1)
                    .Any(w => tree[w].Form is "for" or "of")))
                && end + 2 <= tree.Words.Count
                // "Abdulkarim al-Aswadi": a particle joined by a hyphen to the name's next word.
                && (IsCapitalisedWord(tree, end + 2) || (tree.IsInnerHyphen(end + 2) && IsCapitalisedWord(tree, end + 3)))))) end++;
        while (start < head && tree[start].Upos is "ADP" or "DET") start++;
        return phrase.Union(Enumerable.Range(start, end - start + 1)).Where(w => !IsTimeWord(tree[w].Form)).Order().ToList();
    }

    private static bool IsCapitalisedWord(ParsedSentence tree, int i) =>
        i >= 1 && i <= tree.Words.Count && char.IsUpper(tree[i].Form[0]) && tree[i].Upos is "PROPN" or "NOUN" or "ADJ";

    private static bool IsNameJoiner(ParsedSentence tree, int i) =>
        i >= 1 && i <= tree.Words.Count
        && (tree[i].Form is "of" or "'s" or "’s" or "for" || tree.IsInnerHyphen(i) || Lexicon.NameParticles.Contains(tree[i].Form));

    // The words of a name as written: without time words, punctuation, and the articles and prepositions at its edges.
    private static List<int> SpanWords(ParsedSentence tree, IReadOnlyList<int> words)
    {
        var kept = words
            .Where(i => !IsTimeWord(tree[i].Form) && !IsUnnamedWord(tree, i) && (tree[i].Upos != "PUNCT" || tree.IsInnerHyphen(i)))
            .ToList();
        // "its Center for Combating Disinformation": an owner's pronoun is no part of the name.
        while (kept.Count > 1 && (tree[kept[0]].Upos is "DET" or "ADP" or "NUM" or "CCONJ" || tree[kept[0]].Relation == "nmod:poss"
            && tree[kept[0]].Upos == "PRON")) kept.RemoveAt(0);
        while (kept.Count > 1 && tree[kept[^1]].Upos is "DET" or "ADP" or "ADV") kept.RemoveAt(kept.Count - 1);
        return kept;
    }

    /// <summary>The words of the phrase headed by <paramref name="head"/> that can be part of a name, in order.</summary>
    internal static List<int> PhraseWords(ParsedSentence tree, int head)
    {
        var words = tree.Subtree(head, d => (!Outside.Contains(d.Relation) || IsHyphenOfLedBy(tree, d.Index) || IsAdjectivesPhrase(tree, d)
                || IsWithinCoordinatedModifiers(tree, head, d))
            && !IsTimePhrase(tree, d)
            && (d.Upos is not ("VERB" or "AUX") || IsLedBy(tree, d))
            && !(d.Relation == "nmod:poss" && d.Upos == "PRON") && !IsBasedIn(d) && !IsSpokenIn(tree, d) && !IsPostOfAnOfficial(tree, d)
            && !IsAside(tree, d)
            && !(d.Relation == "case" && d.Head == head && d.Index < head)
            && !(d.Relation.StartsWith("nmod", StringComparison.Ordinal) && d.Relation != "nmod:poss" && d.Index > head
                 && tree.CaseOf(d.Index) is not ("of" or "for" or "to" or "in" or "on")));
        // Articles and prepositions belong to a name inside it ("mission to the United Nations"), not at its edges.
        words = words.Where(i => !IsTimeWord(tree[i].Form) && !IsUnnamedWord(tree, i) && (tree[i].Upos != "PUNCT" || tree.IsInnerHyphen(i))
                && !IsBaseOf(tree, i))
            .ToList();
        // "a UN panel of experts' report to the council": a document whose author the parser hung inside the speaker's "of" phrase
        // ends the name at the possessive; the words after it name the document, not who speaks.
        if (words.FirstOrDefault(i => IsPossessiveOfADocument(tree, i, head)) is > 0 and var mark)
        {
            words = [.. words.Where(i => i < mark)];
        }
        while (words.Count > 1 && tree[words[0]].Relation is "det" or "case") words.RemoveAt(0);
        while (words.Count > 1 && tree[words[^1]].Relation is "det" or "case") words.RemoveAt(words.Count - 1);
        return words;
    }

    private static bool IsPossessiveOfADocument(ParsedSentence tree, int word, int head) =>
        tree[word] is { Relation: "case", Form: "'" or "'s" or "’" or "’s" } mark && mark.Head > 0
        && tree[mark.Head] is { Relation: "nmod:poss" } possessor && possessor.Head != head && possessor.Head > 0
        && tree[possessor.Head] is { Upos: "NOUN" } document && Lexicon.IsStatementOrDocument(document);

    // "Danish and Dutch officials": modifiers coordinated before the head name it together (SplitCoordinated parts them).
    private static bool IsWithinCoordinatedModifiers(ParsedSentence tree, int head, SyntaxWord word)
    {
        var conjunct = word.Relation == "cc" ? tree[word.Head] : word;
        return word.Index < head && conjunct.Index < head && conjunct.Relation == "conj"
            && tree[conjunct.Head].Relation is "amod" or "compound";
    }

    private static string? NamedInApposition(SentenceMentions mentions, int head)
    {
        var tree = mentions.Sentence.Tree!;
        return tree.Subtree(head, d => d.Relation is not ("acl" or "acl:relcl" or "conj" or "parataxis"))
            .SelectMany(w => tree.Children(w, "appos")).Where(a => a.Upos == "PROPN" && !mentions.Places.Any(p => p.Covers(a.Index)))
            .Select(a => PersonName(tree, a.Index)).FirstOrDefault(n => n is not null);
    }

    // "people familiar with the matter", "a source close to the ministry": the phrase of an adjective after the head says who
    // they are, as the name.
    private static bool IsAdjectivesPhrase(ParsedSentence tree, SyntaxWord word) =>
        word.Relation == "obl" && tree[word.Head] is { Relation: "amod", Upos: "ADJ" } adjective && adjective.Index < word.Index
        && adjective.Index > adjective.Head;

    // "the Saudi-led coalition", "an Iran-backed group": who leads or backs a body is part of its name.
    private static bool IsLedBy(ParsedSentence tree, SyntaxWord word) =>
        word.Relation == "amod" && word.Lemma is "lead" or "back" && word.Index > 2 && tree[word.Index - 1].Form == "-"
        && tree[word.Index - 1].Start == tree[word.Index - 2].End && char.IsUpper(tree[word.Index - 2].Form[0]);

    private static bool IsHyphenOfLedBy(ParsedSentence tree, int word) =>
        tree.IsInnerHyphen(word) && IsLedBy(tree, tree[word + 1]);

    // "an unnamed security source": saying a source goes unnamed does not name it.
    private static bool IsUnnamedWord(ParsedSentence tree, int word) => Lexicon.UnnamedWords.Contains(tree[word].Form.ToLowerInvariant());

    private static bool IsLocation(ParsedSentence tree, int word)
    {
        for (var w = word; w != 0; w = tree[w].Head)
        {
            if (tree.CaseOf(w) is "in" or "at" or "near") return true;
            if (tree[w].Relation is not ("compound" or "flat" or "amod")) return false;
        }
        return false;
    }

    // "Li-fang", "Ji-hoon": the hyphen of a name written without spaces stays.

    // "the U.S.-based Potomac Dispatch", "a Bangkok-based research group": where a body sits is not its name.
    private static bool IsBasedIn(SyntaxWord word) => word.Relation is "amod" or "compound" && word.Lemma is "base" or "based";

    // The place and hyphen of "U.S.-based", however the parser hung them.
    private static bool IsBaseOf(ParsedSentence tree, int i) => tree.IsWhereBased(i) || (i > 1 && tree.IsWhereBased(i - 1));

    private static bool IsBased(SyntaxWord word) => word.Form.Equals("based", StringComparison.OrdinalIgnoreCase);

    private static bool IsTimePhrase(ParsedSentence tree, SyntaxWord word) =>
        IsTimeWord(word.Form) || tree.Dependents(word.Index).Any(d => d.Relation == "nummod") && IsTimeWord(word.Form);

    private static bool IsTimeWord(string form) => Lexicon.TimeWords.Contains(form);

    // "The ministry, for its part, said", "the army in turn accused": an aside on how one speaks is not part of one's name.
    private static bool IsAside(ParsedSentence tree, SyntaxWord word) =>
        TreeExtensions.Is(word.Relation, "nmod") && word.Relation != "nmod:poss" && tree.CaseOf(word.Index) is "for" or "in" or "on"
        && Lexicon.AsideNouns.Contains(word.Lemma.ToLowerInvariant())
        && tree.Dependents(word.Index).All(d => d.Relation is "case" or "punct" || (d.Relation == "nmod:poss" && d.Upos == "PRON"));

    // "a spokesman in a radio interview": what one speaks in is not part of one's name.
    private static bool IsSpokenIn(ParsedSentence tree, SyntaxWord word) =>
        word.Relation.StartsWith("nmod", StringComparison.Ordinal) && tree.CaseOf(word.Index) == "in"
        && Lexicon.IsStatementOrDocument(word);

    // "a Turkish diplomat in Ouagadougou": where an official whose side is named serves is not part of the name. The
    // place stays when it is all that tells whose officials they are ("officials in Tripoli").
    private static bool IsPostOfAnOfficial(ParsedSentence tree, SyntaxWord word) =>
        word.Relation.StartsWith("nmod", StringComparison.Ordinal) && word.Relation != "nmod:poss" && tree.CaseOf(word.Index) == "in"
        && word.Head > 0 && tree[word.Head] is var official && Lexicon.OfficialHeads.Contains(official.Lemma.ToLowerInvariant())
        && tree.Dependents(official.Index).Any(d => d.Index < official.Index && d.Relation is "amod" or "compound"
            && char.IsUpper(d.Form[0]));

    /// <summary>Forms joined as written: no space before "'s" or after an opening bracket.</summary>
    // "state-run Deccan Ordnance Systems", "the Kyiv-based Centre for Defence Studies": a hyphened modifier before a name (or
    // the tail of one whose head the phrase left out) is no part of the name. How many words it takes at the phrase's start.
    private static int HyphenedModifiers(ParsedSentence tree, IReadOnlyList<int> words)
    {
        var skip = 0;
        while (skip < words.Count)
        {
            var first = words[skip];
            var last = tree.IsInnerHyphen(first) ? first + 1 : first;
            while (last + 2 <= tree.Words.Count && tree.IsInnerHyphen(last + 1)) last += 2;
            var hyphened = last != first || (first > 2 && tree.IsInnerHyphen(first - 1));
            // "Min-jae" is a name; "state-run", "Kyiv-based" and "64-page" describe one.
            if (!hyphened || !char.IsLower(tree[last].Form[0])
                || !(tree[last].Upos is "VERB" or "ADJ" || !char.IsUpper(tree[first].Form[0]))) break;
            var next = skip;
            while (next < words.Count && words[next] <= last) next++;
            // "the Saudi-led coalition" keeps what describes it: only a name right after the modifier stands without it.
            if (next == words.Count || !char.IsUpper(tree[words[next]].Form[0])) break;
            skip = next;
        }
        return skip;
    }

    internal static string Text(ParsedSentence tree, IReadOnlyList<int> words)
    {
        var text = new StringBuilder();
        var previousEnd = -1;
        foreach (var i in words.Skip(HyphenedModifiers(tree, words)))
        {
            var word = tree[i];
            var joined = word.Start == previousEnd && word.Start > 0;
            if (text.Length > 0 && !joined && word.Form is not ("'s" or "’s" or "'" or "’")) text.Append(' ');
            text.Append(word.Form);
            previousEnd = word.End;
        }
        return text.ToString();
    }
}
