using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ArmsTransferTracker.Extraction.Claims;
using ArmsTransferTracker.Extraction.Rules;
using ArmsTransferTracker.Extraction.Vocabulary;
using ArmsTransferTracker.Syntax;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Extraction.Story;

/// <summary>
/// The first stage: the article's story sentences. Lines of site chrome go, datelines are cut from the paragraphs
/// they open, the headline is marked, quotations are followed across sentences, and a sentence is parsed only when
/// its words can make a transfer or an attribution (most sentences of an article do neither, and parsing is the cost).
/// </summary>
public static partial class StoryReader
{
    private static readonly SyntaxModel Syntax = SyntaxModel.English;

    public static StoryText Read(ArticleDocument document)
    {
        var text = document.Text;
        var layout = new ArticleLayout(document);
        var sentences = new List<StorySentence>();
        var paragraph = 0;
        var sawStory = false;
        string? homeState = null;
        var lines = Lines(text);
        var lineTexts = lines.Select(l => text[l.Start..l.End]).ToList();
        var turns = DialogueTurns.Find(lineTexts, layout.Outlet);
        var firstTurn = turns.Count > 0 ? turns.Keys.Min() : int.MaxValue;
        // A fact check's verdict line rates the claim it quotes; without one, "Claim:" is only words.
        var verdict = lines.Zip(lineTexts)
            .Select(l => FactChecks.Rating(l.Second) is { } rating ? new FactCheckVerdict(rating, l.First.Start, l.First.End) : null)
            .FirstOrDefault(v => v is not null);
        var claimParagraphsLeft = 0;
        var halves = ShortStateNames.Find(text);
        var acronyms = Acronyms.Find(text);
        var otherBodies = Acronyms.OfOtherBodies(acronyms);
        var notes = new ParagraphNotes(Halves: halves, OtherBodies: otherBodies, Initials: GroupInitials.Find(text));
        for (var index = 0; index < lines.Count; index++)
        {
            var (start, end) = lines[index];
            var line = lineTexts[index];
            if (LineRules.All.Fire(new ArticleLine(line, sawStory)) is not null || layout.IsSkippedLine(start)) continue;
            paragraph++;
            if (turns.TryGetValue(index, out var label))
            {
                sawStory = true;
                AddSentences(text, start + label.Length, end, paragraph, false, sentences, notes with { Label = label });
                continue;
            }
            if (verdict is not null && FactCheckLine(line, ref claimParagraphsLeft) is { } claim)
            {
                sawStory = true;
                if (claim.IsClaim)
                {
                    AddSentences(text, start + claim.LabelLength, end, paragraph, false, sentences,
                        notes with { CheckedClaim = true });
                }
                continue;
            }
            // An interview's introduction names the interviewee, whatever its verbs: "X spoke to the Chronicle in his office".
            var introducesAnInterview = index < firstTurn && turns.Count > 0;
            // "Pyongyang, November 2 (Agency) -- A spokesman ... gave the following answer:": a line that opens with a dateline is
            // the story's, however it ends; so is one too long for a title, or of two sentences ("... had arrived. The list shows
            // the package included:"), not counting an item's number ("1. Customs seize engines bound for Russia").
            var opening = DatelineRules.All.Fire(line);
            var isHeadline = !sawStory && opening is null && layout.IsTitleLine(text, start, end)
                && ArmsTransferTracker.Syntax.Text.SentenceSplitter.Split(text, start, end).Count(s => s.Tokens.Count > 3) < 2;
            if (!isHeadline && opening is { Output: var dateline })
            {
                homeState ??= HomeStateOf(line[..dateline.Length]);
                start += dateline.Length;
            }
            sawStory |= !isHeadline;
            AddSentences(text, start, end, paragraph, isHeadline, sentences, notes with { ParseAll = introducesAnInterview });
        }
        return new StoryText(document, layout.Outlet, sentences)
        {
            Acronyms = acronyms, HomeState = homeState, Verdict = verdict,
            Writer = Columns.Writer(lineTexts, document.Metadata.Authors)
                ?? (document.Metadata is { Column: true, Authors: [var columnist] } ? columnist : null),
        };
    }

    // How a paragraph is read besides its words: whose turn it is, whether it is all parsed, whether it is the claim checked,
    // which states "the North" and "the South" stand for, and which short names the article gave to bodies of its own.
    private sealed record ParagraphNotes(DialogueLabel? Label = null, bool ParseAll = false, bool CheckedClaim = false,
        IReadOnlyDictionary<string, string>? Halves = null, IReadOnlySet<string>? OtherBodies = null,
        IReadOnlyDictionary<string, string>? Initials = null);

    // A fact check's own lines: its verdict, its headline and the heading over the claim (none a sentence of the story: the
    // headline says the claim false in the outlet's words, as the verdict does), and the claim, after its label or in the two
    // paragraphs under its heading.
    private static (bool IsClaim, int LabelLength)? FactCheckLine(string line, ref int claimParagraphsLeft)
    {
        if (FactChecks.Rating(line) is not null || FactChecks.IsKickedHeadline(line))
        {
            claimParagraphsLeft = 0;
            return (false, 0);
        }
        if (FactChecks.IsClaimHeading(line))
        {
            claimParagraphsLeft = 2;
            return (false, 0);
        }
        if (FactChecks.ClaimLabel(line) is > 0 and var length) return (true, length);
        if (claimParagraphsLeft == 0) return null;
        claimParagraphsLeft--;
        return (true, 0);
    }

    // "BOGOTÁ —", "PORT SUDAN, Sudan, May 3 (Wire) —": the one state the dateline's words name, written in capitals or not.
    private static string? HomeStateOf(string dateline)
    {
        var words = DatelineWords().Matches(dateline).Select(m => m.Value);
        return Mentions.Places.FindInCapitals(words).Where(p => p.IsState).Select(p => p.Canonical).Distinct().ToList() is [var state]
            ? state
            : null;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’.\-]*")]
    private static partial Regex DatelineWords();

    // The article's non-empty lines, trimmed.
    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int Start, int End)>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var (start, end) = Trim(text, lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (start < end) lines.Add((start, end));
        }
        return lines;
    }

    private static readonly Dictionary<string, string> NoHalves = [];
    private static readonly HashSet<string> NoOtherBodies = [];

    private static void AddSentences(string text, int start, int end, int paragraph, bool isHeadline, List<StorySentence> sentences,
        ParagraphNotes? notes = null)
    {
        var (label, parseAll, checkedClaim, halves, otherBodies, initials) = notes ?? new();
        var quoteOpen = false;
        var pieces = ArmsTransferTracker.Syntax.Text.SentenceSplitter.Split(text, start, end).SelectMany(Pieces).ToList();
        for (var i = 0; i < pieces.Count; i++)
        {
            var sentence = pieces[i];
            var opensWithQuote = sentence.Tokens.Count > 0 && IsQuote(sentence.Tokens[0].Text);
            var inQuotation = quoteOpen || opensWithQuote;
            quoteOpen = QuoteOpenAfter(sentence.Tokens, quoteOpen);
            var worthParsing = parseAll || WorthParsing(sentence.Tokens)
                || NamesWhomTheNextPronounMeans(sentence, pieces.ElementAtOrDefault(i + 1), pieces.ElementAtOrDefault(i + 2))
                || NamesWhatTheNextItMeans(sentence, pieces.ElementAtOrDefault(i + 1));
            var found = worthParsing ? Mentions.WordMentions.Find([.. sentence.Tokens.Select(t => t.Text)]) : null;
            var mentions = found is null ? null
                : Acronyms.Without(GroupInitials.With(ShortStateNames.With(found, halves ?? NoHalves), initials ?? NoHalves),
                    otherBodies ?? NoOtherBodies);
            var tree = mentions is null ? null : Syntax.Parse(sentence.Tokens, sentence.Start, sentence.End, KnownWords(mentions));
            // An interviewee's answer is a quotation of its own, whoever else it quotes.
            var quoted = inQuotation || label?.Turn == DialogueTurn.Answer;
            sentences.Add(new StorySentence(sentences.Count, paragraph, sentence.Start, sentence.End, isHeadline, quoted, tree)
            {
                WordMentions = mentions,
                Turn = label?.Turn ?? DialogueTurn.None,
                Answerer = label?.Answerer,
                IsCheckedClaim = checkedClaim,
            });
        }
    }

    // A "sentence" of thousands of words (a page without full stops) is parsed in pieces the parser is built for.
    private static IEnumerable<TextSentence> Pieces(TextSentence sentence)
    {
        if (sentence.Tokens.Count <= SyntaxModel.LongestSentence)
        {
            yield return sentence;
            yield break;
        }
        foreach (var piece in sentence.Tokens.Chunk(SyntaxModel.LongestSentence))
        {
            yield return new TextSentence(piece[0].Start, piece[^1].End, piece);
        }
    }

    // Straight quotes open and close by turns; curly ones say which they are.
    private static bool QuoteOpenAfter(IReadOnlyList<TextToken> tokens, bool open)
    {
        foreach (var token in tokens)
        {
            open = token.Text switch
            {
                "“" => true,
                "”" => false,
                "\"" => !open,
                _ => open,
            };
        }
        return open;
    }

    private static bool IsQuote(string token) => token is "“" or "\"" or "”";

    private static readonly IReadOnlySet<string> NameTags = new HashSet<string> { "PROPN" };
    private static readonly IReadOnlySet<string> CodedNameTags = new HashSet<string> { "PROPN", "NOUN" };
    private static readonly IReadOnlySet<string> AdjectiveTags = new HashSet<string> { "ADJ", "PROPN" };
    private static readonly IReadOnlySet<string> NominalTags = new HashSet<string> { "NOUN", "PROPN", "ADJ", "PUNCT", "X", "SYM" };
    private static readonly HashSet<string> NameJoiners = ["led", "run", "made", "type", "era", "held", "born", "owned"];
    private static readonly IReadOnlySet<string> RoleTags = new HashSet<string> { "NOUN", "PROPN" };
    private static readonly IReadOnlySet<string> RegimeTags = new HashSet<string> { "NOUN" };
    private static readonly IReadOnlySet<string> VerbTags = new HashSet<string> { "VERB" };
    private static readonly IReadOnlySet<string> ConjunctionTags = new HashSet<string> { "SCONJ" };
    private static readonly IReadOnlySet<string> AdverbTags = new HashSet<string> { "ADV" };
    private static readonly IReadOnlySet<string> AdpositionTags = new HashSet<string> { "ADP" };
    private static readonly IReadOnlySet<string> SourceTags =
        new HashSet<string> { "NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON", "ADV", "PUNCT", "X", "SYM" };
    private static readonly IReadOnlySet<string> DescriptorTags = new HashSet<string> { "ADJ" };
    private static readonly IReadOnlySet<string> PastTenseTags = new HashSet<string> { "VERB|VBD" };
    private static readonly IReadOnlySet<string> PastParticipleTags = new HashSet<string> { "VERB|VBN" };
    private static readonly IReadOnlySet<string> InfinitiveMarkTags = new HashSet<string> { "PART|TO" };
    private static readonly IReadOnlySet<string> ParticleTags = new HashSet<string> { "ADP|RP" };
    private static readonly IReadOnlySet<string> NumberTags = new HashSet<string> { "NUM", "NOUN", "PROPN", "ADJ", "X", "SYM" };

    // "the news site Le360", "K2 tanks": a capitalised word of letters and digits is a name or a model, which the tagger, which
    // has seen few of them, may take for anything.
    private static bool IsCodedName(string form) =>
        form.Length >= 2 && char.IsUpper(form[0]) && form.All(char.IsLetterOrDigit) && form.Any(char.IsDigit);

    /// <summary>
    /// What the gazetteer and the weapon lexicon know of a sentence's words, for the tagger: a state's or group's name is
    /// a proper noun, a demonym an adjective, and no word of a weapon's name is a verb ("armoured vehicles",
    /// "Downing Street" mis-tagged as verbs derail the whole parse).
    /// </summary>
    internal static IReadOnlyList<IReadOnlySet<string>?>? KnownWords(IReadOnlyList<TextToken> tokens) =>
        KnownWords(Mentions.WordMentions.Find([.. tokens.Select(t => t.Text)]));

    private static IReadOnlyList<IReadOnlySet<string>?>? KnownWords(Mentions.WordMentions mentions)
    {
        var (forms, places, weapons) = (mentions.Forms.ToList(), mentions.Places, mentions.Weapons);
        var spoken = PastSpeechNextToADay(forms).ToList();
        var named = HyphenatedGivenNames(forms).Concat(ParticlesInNames(forms)).ToList();
        var roles = RolesBeforeNames(forms).Concat(OutletNounsBeforeNames(forms))
            .Where(i => !places.Any(p => p.First == i + 2 && p.Form == Mentions.PlaceForm.Demonym)).ToList();
        var regimes = RegimesJoinedToOthers(forms).ToList();
        var verbs = Enumerable.Range(0, forms.Count).Where(i => Lexicon.VerbOnlyForms.Contains(forms[i]) || IsHeadedFor(forms, i)).ToList();
        var nouns = Enumerable.Range(0, forms.Count).Where(i => Lexicon.NounOnlyForms.Contains(forms[i].ToLowerInvariant())).ToList();
        var particles = Enumerable.Range(1, forms.Count - 1).Where(i => IsParticleOfATransferVerb(forms, i)).ToList();
        var clauses = ThatAfterSpeechAndTime(forms).ToList();
        var prepositions = ToEitherSide(forms).Concat(AsBeforeAQuotedPhrase(forms)).ToList();
        var sources = SourcesAfterAccordingTo(forms).ToList();
        var coded = Enumerable.Range(0, forms.Count).Where(i => IsCodedName(forms[i])).ToList();
        var sinceThen = Enumerable.Range(1, Math.Max(0, forms.Count - 2)).Where(i => IsSinceThen(forms, i)).ToList();
        var refusals = Enumerable.Range(1, Math.Max(0, forms.Count - 3)).Where(i => IsRefusalToAct(forms, i)).ToList();
        if (places.Count == 0 && weapons.Count == 0 && spoken.Count == 0 && named.Count == 0 && roles.Count == 0 && regimes.Count == 0
            && verbs.Count == 0 && nouns.Count == 0 && particles.Count == 0 && clauses.Count == 0 && prepositions.Count == 0
            && sources.Count == 0 && coded.Count == 0 && sinceThen.Count == 0 && refusals.Count == 0)
        {
            return null;
        }
        var allowed = new IReadOnlySet<string>?[forms.Count];
        foreach (var word in coded) allowed[word] = CodedNameTags;
        foreach (var word in sinceThen) allowed[word] = AdverbTags;
        foreach (var word in refusals)
        {
            allowed[word] = IsPerfectAuxiliary(forms[word - 1]) ? PastParticipleTags : PastTenseTags;
            allowed[word + 1] = InfinitiveMarkTags;
            allowed[word + 2] = VerbTags;
        }
        foreach (var word in prepositions) allowed[word] = AdpositionTags;
        foreach (var word in sources) allowed[word] = SourceTags;
        foreach (var word in verbs) allowed[word] = VerbTags;
        // A noun of noun-only-forms.txt is a noun, or part of a name; never a verb, an adjective or a word of no kind.
        foreach (var word in nouns) allowed[word] = RoleTags;
        foreach (var word in particles) allowed[word] = ParticleTags;
        foreach (var word in clauses) allowed[word] = ConjunctionTags;
        // "Egypt bought drones", "bought hundreds of drones": a form of a verb of transfer right before the goods, or before
        // the amount they come in, is the verb that takes them; the tagger, which saw "bought" before few nouns, makes it a noun.
        foreach (var verb in weapons.Select(w => AmountBefore(forms, w.First) - 1).Where(v => v >= 1 && IsTransferVerbForm(forms[v - 1])))
        {
            allowed[verb - 1] = VerbTags;
        }
        foreach (var word in roles) allowed[word] = RoleTags;
        foreach (var word in regimes) allowed[word] = RegimeTags;
        foreach (var word in spoken) allowed[word] = PastTenseTags;
        foreach (var word in named) allowed[word] = NameTags;
        foreach (var weapon in weapons)
        {
            for (var w = weapon.First; w <= weapon.Last; w++) allowed[w - 1] = char.IsDigit(forms[w - 1][0]) ? NumberTags : NominalTags;
        }
        foreach (var place in places)
        {
            // "the paramilitary Rapid Support Forces": a lower-case word between "the" and an armed group's name describes it;
            // so does "neighbouring" before a state's.
            if ((!place.IsState && place.First > 2 && forms[place.First - 3] is "the" or "The" && forms[place.First - 2].All(char.IsLower))
                || (place.First > 1 && Lexicon.PlaceAdjectives.Contains(forms[place.First - 2].ToLowerInvariant())))
            {
                allowed[place.First - 2] = DescriptorTags;
            }
            for (var w = place.First; w <= place.Last; w++)
            {
                if (!char.IsLetter(forms[w - 1][0]) || (w > place.First && !char.IsUpper(forms[w - 1][0]))) continue;
                allowed[w - 1] = place.Form == Mentions.PlaceForm.Demonym ? AdjectiveTags : NameTags;
            }
        }
        return allowed;
    }

    // "handed over armoured vehicles": the particle of a phrasal verb of transfer (phrasal-particles.txt), which the tagger
    // makes a preposition and the parser the goods' case, leaving the verb without its object.
    private static bool IsParticleOfATransferVerb(List<string> forms, int i) =>
        Lexicon.Particles.Contains(forms[i]) && char.IsLower(forms[i - 1][0])
        && Lexicon.PhrasalParticles.Contains($"{Syntax.Lemmatizer.Lemmatize(forms[i - 1], "VERB")} {forms[i].ToLowerInvariant()}");

    // "Chinese drone parts, bound for Ethiopia", "trains bound for a brigade": a participle of goods on their way, listed as
    // written ("bound", "destined"), before "for" is the verb; the tagger, which saw "bound" mostly as an adjective or in
    // "bound to", may make it one, or worse.
    private static bool IsHeadedFor(List<string> forms, int i) =>
        i + 1 < forms.Count && forms[i + 1] == "for"
        && Lexicon.TransferVerbs.TryGetValue(forms[i].ToLowerInvariant(), out var kind) && kind == TransferFrameKind.Move;

    // Where the amount that goods come in begins: "hundreds of", "40", "some more"; the goods' first word without one.
    private static int AmountBefore(List<string> forms, int goods)
    {
        var first = goods;
        while (first > 1)
        {
            if (IsNumber(forms[first - 2]) || AmountWords.Contains(forms[first - 2])) first--;
            // "hundreds of", "dozens of" (count-nouns.txt); not "purchases of".
            else if (first > 2 && forms[first - 2] == "of" && (IsNumber(forms[first - 3])
                || Lexicon.CountNouns.Contains(Syntax.Lemmatizer.Lemmatize(forms[first - 3].ToLowerInvariant(), "NOUN"))))
            {
                first -= 2;
            }
            else break;
        }
        return first;
    }

    private static bool IsNumber(string form) => char.IsDigit(form[0]);

    private static readonly HashSet<string> AmountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "more", "than", "some", "several", "new",
    };

    private static bool IsTransferVerbForm(string form)
    {
        if (form.Length < 3 || !char.IsLower(form[0])) return false;
        // Not "armed drones": before goods, a form of arming describes them.
        var lemma = Syntax.Lemmatizer.Lemmatize(form, "VERB");
        return lemma != form && Lexicon.TransferVerbs.TryGetValue(lemma, out var kind)
            && kind is TransferFrameKind.Give or TransferFrameKind.Receive;
    }

    // "Sudan's army on Saturday accused", "Minsk on Friday dismissed": the tagger, which saw few such lines, takes the verb
    // next to a day for a participle or an adjective. A past form of a verb of speech, denial or transfer right after a day,
    // or before "on <day> that", is the past tense.
    private static IEnumerable<int> PastSpeechNextToADay(List<string> forms)
    {
        for (var i = 1; i < forms.Count; i++)
        {
            var form = forms[i];
            // The form first: it is cheaper to tell, and most words are no past form.
            if (!char.IsLower(form[0]) || !form.EndsWith("ed", StringComparison.Ordinal)) continue;
            // "Minsk on Friday dismissed", and "the ministry admitted on Tuesday that ...": a day before the verb, or between it
            // and what it says.
            var dayAround = Lexicon.TimeWords.Contains(forms[i - 1].ToLowerInvariant())
                || (i + 3 < forms.Count && forms[i + 1] == "on" && Lexicon.TimeWords.Contains(forms[i + 2].ToLowerInvariant())
                    && forms[i + 3] == "that");
            if (!dayAround) continue;
            string[] lemmas = [form[..^1], form[..^2], form[..^3] + "y"];
            // "On Saturday armed men attacked": "armed" is as often an adjective.
            if (lemmas.Any(l => Lexicon.IsSpeechOrDenial(l)
                || (Lexicon.TransferVerbs.TryGetValue(l, out var kind) && kind != TransferFrameKind.Arm)))
            {
                yield return i;
            }
        }
    }

    // "Turkey has since sold drones", "officials have since said": "since" between "have" and its participle means "since
    // then"; the tagger, which saw it mostly opening a clause, makes it a conjunction and the parser a clause of the participle.
    private static bool IsSinceThen(List<string> forms, int i) =>
        forms[i] == "since" && IsPerfectAuxiliary(forms[i - 1])
        && forms[i + 1].All(char.IsLower) && Syntax.Lemmatizer.Lemmatize(forms[i + 1], "VERB") != forms[i + 1];

    // "has", "have", "had": after them a past form is a participle.
    private static bool IsPerfectAuxiliary(string form) => form.ToLowerInvariant() is "has" or "have" or "had";

    // "A spokesman for the armed forces declined to comment": a verb of refusal before "to" and a verb of telling or giving
    // is the sentence's verb, not a participle hung from the noun before it, and what it refuses is an infinitive.
    private static bool IsRefusalToAct(List<string> forms, int i) =>
        Lexicon.RefusingVerbs.Contains(forms[i]) && forms[i + 1] == "to" && forms[i + 2] is var act
        && (Lexicon.RefusedActs.Contains(act) || Lexicon.IsSpeechOrDenial(act) || Lexicon.TransferVerbs.ContainsKey(act));

    // "sent weapons to either side", "to any party": the tagger, which saw "to" before "either" mostly as an infinitive's
    // mark ("to either buy or build"), makes the side a verb's complement; before "any" or "either" and a side, "to" is a
    // preposition.
    private static IEnumerable<int> ToEitherSide(List<string> forms)
    {
        for (var i = 0; i + 2 < forms.Count; i++)
        {
            if (forms[i] != "to" || forms[i + 1].ToLowerInvariant() is not ("either" or "any")) continue;
            var side = forms.Skip(i + 2).Take(4).Select(f => f.ToLowerInvariant().TrimEnd('s'));
            if (side.Any(f => Lexicon.PartyNouns.Contains(f) || f == "partie")) yield return i;
        }
    }

    // "described the publication as \"a crude lie\"": the tagger, which saw a quotation mark open clauses, makes "as" before a
    // quoted noun phrase a conjunction; before a quotation that opens with an article, "as" is a preposition.
    private static IEnumerable<int> AsBeforeAQuotedPhrase(List<string> forms)
    {
        for (var i = 0; i + 2 < forms.Count; i++)
        {
            if (forms[i] == "as" && forms[i + 1] is "\"" or "“" && forms[i + 2] is "a" or "an" or "the") yield return i;
        }
    }

    // "according to export data", "according to shipping records": a source follows, never a verb; the tagger, which saw
    // "to export" and "to ship" as infinitives, makes the first word of the source one.
    private static IEnumerable<int> SourcesAfterAccordingTo(List<string> forms)
    {
        for (var i = 0; i + 2 < forms.Count; i++)
        {
            if (forms[i].Equals("according", StringComparison.OrdinalIgnoreCase) && forms[i + 1] == "to") yield return i + 2;
        }
    }

    // "said last week that Russia ...", "told reporters on Monday that ...": after a verb of speech and a time, "that" opens
    // what was said; the tagger, which saw "that" after a noun as a pronoun, hangs the clause from the week.
    private static IEnumerable<int> ThatAfterSpeechAndTime(List<string> forms)
    {
        for (var i = 2; i < forms.Count; i++)
        {
            if (forms[i] != "that" || !Lexicon.TimeWords.Contains(forms[i - 1].ToLowerInvariant())) continue;
            for (var j = i - 2; j >= Math.Max(0, i - 8) && forms[j] != ","; j--)
            {
                // A past form: "the two states signed a treaty on Monday that ..." is no speech.
                var past = forms[j].EndsWith("ed", StringComparison.Ordinal) || forms[j] is "said" or "told" or "wrote";
                if (!char.IsLower(forms[j][0]) || !past)
                {
                    continue;
                }
                if (Lexicon.IsSpeechOrDenial(Syntax.Lemmatizer.Lemmatize(forms[j], "VERB")))
                {
                    yield return i;
                    break;
                }
            }
        }
    }

    // "Israel's military and the security service said", "for the Russian military and they": a regime word after a possessive or
    // "the", joined by "and" to another body or clause, is the body itself; the tagger, which knows "military aid", takes it
    // for an adjective. Not "the military and economic aid": what follows "and" must begin a phrase of its own.
    private static IEnumerable<int> RegimesJoinedToOthers(List<string> forms)
    {
        for (var i = 1; i + 2 < forms.Count; i++)
        {
            if (forms[i + 1] != "and" || !Lexicon.RegimeWords.Contains(forms[i])) continue;
            var before = forms[i - 1];
            var after = forms[i + 2];
            if ((before is "'s" or "’s" or "the" || char.IsUpper(before[0]))
                && (after is "the" or "a" or "an" or "its" or "their" or "they" or "it" || char.IsUpper(after[0])))
            {
                yield return i;
            }
        }
    }

    // "loyal to commander Khalifa Haftar", "spokesman Omar Khalil": a role before a name is a noun, not a verb; not
    // before a state's adjective, which it may describe ("official Russian media").
    private static IEnumerable<int> RolesBeforeNames(List<string> forms)
    {
        for (var i = 0; i + 1 < forms.Count; i++)
        {
            // Not "the official Korean Central News Agency": after a determiner the word may describe the name.
            if (char.IsUpper(forms[i + 1][0]) && char.IsLower(forms[i][0]) && Lexicon.PersonRoles.Contains(forms[i])
                && (i == 0 || forms[i - 1].ToLowerInvariant() is not ("the" or "a" or "an"))) yield return i;
        }
    }

    // "the defence journal Armour Review": a word for an outlet before its name is a noun, though the tagger reads "journal"
    // by its ending as an adjective. Not "the French weekly Le Guetteur": a word the treebank had as an adjective is read
    // well as one.
    private static IEnumerable<int> OutletNounsBeforeNames(List<string> forms)
    {
        for (var i = 0; i + 1 < forms.Count; i++)
        {
            if (char.IsUpper(forms[i + 1][0]) && char.IsLower(forms[i][0]) && Lexicon.MediaHeads.Contains(forms[i])
                && !Syntax.Lemmatizer.HasSeen(forms[i], "ADJ")) yield return i;
        }
    }

    // "Ruben van der Kolk", "Carlos de la Fuente": the lower-case particles between the words of a name are parts of it; the
    // tagger, which has seen few of them, reads them as nouns, adjectives or foreign words, and the name falls apart. Not
    // "do", which between capitals is more often the English verb ("Why do Western governments").
    private static IEnumerable<int> ParticlesInNames(List<string> forms)
    {
        static bool IsNameWord(string form) => form.Length > 1 && char.IsUpper(form[0]) && form.Skip(1).All(char.IsLetter);
        static bool IsParticle(string form) => form is not ("do" or "&") && Lexicon.NameParticles.Contains(form);
        for (var i = 1; i + 1 < forms.Count; i++)
        {
            if (!IsParticle(forms[i]) || !IsNameWord(forms[i - 1])) continue;
            var last = i;
            while (last + 1 < forms.Count && IsParticle(forms[last + 1])) last++;
            if (last + 1 >= forms.Count || !IsNameWord(forms[last + 1])) continue;
            for (var w = i; w <= last; w++) yield return w;
            i = last;
        }
    }

    // "Lee Dong-hyun", "Choi Min-jae": a family name, then a given name whose hyphen the tokenizer splits off; all three are
    // parts of one name, though the tagger reads the lower-case piece as a noun or a verb ("won"). Not "The Shahed-type" nor
    // "Tel Aviv-led": a syllable of a given name is short, and no word that joins a name to a noun.
    private static IEnumerable<int> HyphenatedGivenNames(List<string> forms)
    {
        static bool IsCapitalised(string form) => form.Length > 1 && char.IsUpper(form[0]) && form.Skip(1).All(char.IsLower);
        for (var i = 0; i + 3 < forms.Count; i++)
        {
            var tail = forms[i + 3];
            if (forms[i + 2] == "-" && IsCapitalised(forms[i]) && IsCapitalised(forms[i + 1]) && forms[i + 1].Length <= 5
                && tail.Length is >= 2 and <= 4 && tail.All(char.IsLower) && !NameJoiners.Contains(tail))
            {
                yield return i;
                yield return i + 1;
                yield return i + 3;
            }
        }
    }

    /// <summary>Can the sentence make a transfer, a speaker's stance, or name goods? Only then is it worth a parse.</summary>
    internal static bool WorthParsing(IReadOnlyList<TextToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (IsWorthParsing(token.Text)) return true;
        }
        return false;
    }

    // "Iran's ambassador, Morteza Kazemi, asked for the floor. 'Iran has never ...,' he said.": a person named with a role is
    // whom the next sentence's "he" or "she" means, so the sentence that names him is parsed too; so is the "he" after a
    // quotation's first sentence ("... went further. 'My officers saw it cross. There is no doubt,' he said.").
    private static bool NamesWhomTheNextPronounMeans(TextSentence sentence, TextSentence? next, TextSentence? afterNext) =>
        (SaysHeOrShe(next) || next is { Tokens: [var first, ..] } && IsQuote(first.Text) && SaysHeOrShe(afterNext))
        && sentence.Tokens.Any(t => Lexicon.PersonRoles.Contains(t.Text));

    private static bool SaysHeOrShe(TextSentence? sentence) =>
        sentence is not null && sentence.Tokens.Any(t => t.Text is "he" or "she" or "He" or "She");

    // "Belarus is Russia's closest ally. Since March it has sent tanks ...": a sentence that opens on a state's or group's name,
    // before one that says "it", may tell whom "it" means; "The Netherlands is one of Kyiv's main backers" opens on one too.
    // Every sentence of every article passes here: the cheapest test first, the gazetteer's look-up last.
    private static bool NamesWhatTheNextItMeans(TextSentence sentence, TextSentence? next) =>
        next is not null && sentence.Tokens.Count > 1 && char.IsUpper(sentence.Tokens[0].Text[0])
        && next.Tokens.Any(t => t.Text is "it" or "It")
        && (Mentions.Places.Find([.. sentence.Tokens.Take(4).Select(t => t.Text)]) is [var place, ..]
                && (place.First == 1 || (place.First == 2 && sentence.Tokens[0].Text == "The"))
            // "The Russian embassy reacted within hours. ... it said": a body's head word among the sentence's first words.
            || sentence.Tokens.Take(5).Any(t => Attribution.ActorNames.IsBodyHead(t.Text.ToLowerInvariant())));

    // Whether a word makes its sentence worth a parse depends on its text alone, and news repeats its words: each form is
    // judged once (two lemmas and five look-ups) and remembered, up to a vocabulary's worth of forms.
    private static readonly ConcurrentDictionary<string, bool> WorthParsingByForm = new(StringComparer.Ordinal);
    private const int MostFormsRemembered = 500_000;
    private static int formsRemembered;

    private static bool IsWorthParsing(string form)
    {
        if (form.Length < 2 || !char.IsLetter(form[0])) return false;
        if (WorthParsingByForm.TryGetValue(form, out var worth)) return worth;
        worth = JudgeWorthParsing(form);
        if (Volatile.Read(ref formsRemembered) < MostFormsRemembered && WorthParsingByForm.TryAdd(form, worth))
        {
            Interlocked.Increment(ref formsRemembered);
        }
        return worth;
    }

    private static bool JudgeWorthParsing(string form)
    {
        var verb = Syntax.Lemmatizer.Lemmatize(form, "VERB");
        // "Bound" and "destined" are listed as written: their verbs' lemmas ("bind") are other words.
        if (Lexicon.TransferVerbs.ContainsKey(verb) || Lexicon.TransferVerbs.ContainsKey(form.ToLowerInvariant())
            || Lexicon.IsSpeechOrDenial(verb) || Lexicon.ConversationVerbs.Contains(verb)
            || Lexicon.UseVerbs.Contains(verb))
        {
            return true;
        }
        var noun = Syntax.Lemmatizer.Lemmatize(form, "NOUN");
        // "declined to comment", "would not be drawn": the words of a refusal to speak.
        return Lexicon.TransferNouns.ContainsKey(noun) || Lexicon.DenialWords.Contains(noun) || Lexicon.ClaimNouns.Contains(noun)
            || form is "according" or "comment" or "hands" or "drawn";
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
