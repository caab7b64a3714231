using System.IO.Compression;
using System.Text;
using ArmsTransferTracker.Syntax.Learning;
using ArmsTransferTracker.Syntax.Lemmas;
using ArmsTransferTracker.Syntax.Parsing;
using ArmsTransferTracker.Syntax.Tagging;
using ArmsTransferTracker.Syntax.Text;

namespace ArmsTransferTracker.Syntax;

/// <summary>
/// A trained tagger, parser and lemmatizer, read from and written to one Brotli-compressed file. The model shipped in
/// the library (<see cref="English"/>) is trained on UD English EWT and loaded once per process, on first use.
/// </summary>
public sealed class SyntaxModel(PosTagger tagger, Supertagger supertagger, DependencyParser parser, Lemmatizer lemmatizer)
{
    private const string Magic = "ATT-SYNTAX";
    private const int Version = 2;
    private const string ResourceName = "ArmsTransferTracker.Syntax.Data.Model.english.syntax";

    private static readonly Lazy<SyntaxModel> ShippedModel = new(LoadShipped);

    public static SyntaxModel English => ShippedModel.Value;

    public PosTagger Tagger { get; } = tagger;

    public Supertagger Supertagger { get; } = supertagger;

    public DependencyParser Parser { get; } = parser;

    public Lemmatizer Lemmatizer { get; } = lemmatizer;

    /// <summary>
    /// The longest stretch of words parsed as one sentence: past it, text without sentence ends (a scraped list, a table)
    /// is parsed in pieces, which keeps the cost of a pathological line linear.
    /// </summary>
    public const int LongestSentence = 250;

    /// <summary>Splits a stretch of text into sentences and parses each; spans index <paramref name="text"/>.</summary>
    public IReadOnlyList<ParsedSentence> Analyze(string text, int start, int end) =>
        SentenceSplitter.Split(text, start, end).SelectMany(Pieces).Select(piece => Parse(piece.Tokens, piece.Start, piece.End)).ToList();

    public IReadOnlyList<ParsedSentence> Analyze(string text) => Analyze(text, 0, text.Length);

    /// <summary>Tags, lemmatises and parses one sentence given as its words.</summary>
    public ParsedSentence Parse(IReadOnlyList<string> forms) =>
        Parse(forms.Select(f => new TextToken(f, 0, 0)).ToList(), 0, 0);

    /// <summary>
    /// Tags, lemmatises and parses one sentence of tokens, keeping their spans. <paramref name="allowedUpos"/> may limit
    /// some words to some universal parts of speech, for a caller that knows them (names from a gazetteer).
    /// </summary>
    public ParsedSentence Parse(IReadOnlyList<TextToken> tokens, int start, int end,
        IReadOnlyList<IReadOnlySet<string>?>? allowedUpos = null)
    {
        if (Designations.Words(tokens) is { } joined) return ParseJoined(tokens, joined, start, end, allowedUpos);
        if (DayPhrases.Inner(tokens) is { Count: > 0 } days) return ParseWithoutDays(tokens, days, start, end, allowedUpos);
        if (RankTitles.Stacked(tokens) is { Count: > 0 } ranks) return ParseWithoutRanks(tokens, ranks, start, end, allowedUpos);
        if (WedgedPhrases.Find(tokens, Lemmatizer) is { } wedge
            && ParseWithoutWedge(tokens, wedge, start, end, allowedUpos) is { } unwedged)
        {
            return unwedged;
        }
        var parsed = ParseAsWritten(tokens, start, end, allowedUpos);
        // "Iran, the officials said, has shipped drones": an aside of speech after a subject with no verb of its own (after a
        // clause, "Lima bought no arms, the ministry said, ...", the speech is the sentence's own). A participle or a relative
        // that describes the subject ("Some of the leaked files, he said, were forged") is no clause of the sentence's.
        if (SpeechAsides.Find(tokens) is { } aside && !parsed.Words.Take(aside.Open)
            .Any(w => w.Upos is "VERB" or "AUX" && w.Relation is not ("amod" or "acl" or "acl:relcl")))
        {
            return ParseWithoutAside(tokens, aside, start, end, allowedUpos);
        }
        // "Images published by the army show debris": the tagger took "show" for a noun, and the sentence lost its verb. So
        // read, and only then, the sentence is read again with its verbs of findings tagged as verbs.
        if (!HasVerbRoot(parsed) && FindingsTakenForNouns(parsed) is { Count: > 0 } findings)
        {
            var allowed = allowedUpos?.ToArray() ?? new IReadOnlySet<string>?[tokens.Count];
            foreach (var finding in findings) allowed[finding] = Verb;
            if (ParseAsWritten(tokens, start, end, allowed) is var retagged && HasVerbRoot(retagged)) return retagged;
        }
        return parsed;
    }

    private static readonly IReadOnlySet<string> Verb = new HashSet<string> { "VERB" };

    private static bool HasVerbRoot(ParsedSentence sentence) => sentence.Root.Upos is "VERB" or "AUX";

    // The positions (0-based) of the verbs of findings tagged as nouns.
    private static List<int> FindingsTakenForNouns(ParsedSentence sentence) =>
        [.. sentence.Words.Where(w => w.Upos == "NOUN" && TextLexicon.VerbsOfFindings.Contains(w.Form)).Select(w => w.Index - 1)];

    // Tags, lemmatises and parses the tokens as they are, then mends the parser's known misreadings.
    private ParsedSentence ParseAsWritten(IReadOnlyList<TextToken> tokens, int start, int end,
        IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        var forms = new string[tokens.Count];
        for (var i = 0; i < forms.Length; i++) forms[i] = tokens[i].Text;
        var sentence = SyntaxTrainer.ParserInput(Tagger, Supertagger, forms, allowedUpos, Lemmatizer);
        var (heads, relations) = Quotations.InnerMarks(forms) is { } marks ? ParseWithoutMarks(sentence, forms, marks) : Parse(sentence);
        var tags = new string[tokens.Count];
        for (var i = 0; i < tags.Length; i++) tags[i] = Tagger.Tags.Upos(sentence.Tags[i + 1]);
        // The repairs below are each sure of the trees they were written for; on a sentence unlike any of them (a scrambled
        // line, a list of words) one may hang a word below itself. A tree that is no longer one keeps the parser's reading.
        var (parsedHeads, parsedRelations) = ((int[])heads.Clone(), (string[])relations.Clone());
        DependentsOfPunctuation.Mend(tags, heads);
        AnswersToAChargeTakenForClauses.Mend(tags, forms, heads, relations);
        PrepositionsHungInsideTheirPhrase.Mend(tags, forms, heads, relations);
        SourcesTakenForSubjects.Mend(tags, forms, heads, relations);
        SourcesTakenForModifiers.Mend(tags, forms, heads, relations);
        SubjectsTakenForObjects.Mend(tags, heads, relations);
        SubjectsTakenIntoTheClauseBefore.Mend(tags, forms, heads, relations);
        ApposedSpeakersTakenIntoTheQuotation.Mend(tags, forms, heads, relations);
        CoordinatedSubjectsTakenIntoTheClauseBefore.Mend(tags, forms, heads, relations);
        NamesSplitBeforeTheirPossessive.Mend(tags, forms, heads, relations);
        CompoundsTakenForSubjects.Mend(tags, heads, relations);
        InterjectedParticiplesTakenForVerbs.Mend(tags, forms, heads, relations);
        InterjectedParticiplesTakenForModifiers.Mend(tags, forms, heads, relations);
        SubjectsTakenIntoTheirRelative.Mend(tags, forms, heads, relations);
        VerbsTakenIntoRelatives.Mend(tags, forms, heads, relations);
        MainVerbsTakenForParticiples.Mend(tags, forms, heads, relations);
        AdjectivesTakenForPredicates.Mend(tags, heads, relations);
        RelativesTakenForComplements.Mend(tags, forms, heads, relations);
        SpeakingRelativesTakenForSentential.Mend(tags, forms, heads, relations);
        ModifiersTakenForConjuncts.Mend(tags, forms, heads, relations);
        VerbPhrasesTakenForConjunctsOfNouns.Mend(tags, heads, relations);
        ObjectsTakenForCompounds.Mend(tags, heads, relations);
        ReducedRelativesTakenForClauses.Mend(tags, heads, relations);
        ReducedRelativesTakenForVerbs.Mend(tags, heads, relations);
        CompoundsSplitAfterAPreposition.Mend(tags, heads, relations);
        PrepositionalPhrasesTakenForSubjects.Mend(tags, heads, relations);
        InterjectedPhrasesTakenForSubjects.Mend(tags, heads, relations);
        OpeningPhrasesTakenForSubjects.Mend(tags, forms, heads, relations);
        VerbsTakenForModifiers.Mend(tags, heads, relations);
        ActiveVerbsTakenForModifiers.Mend(tags, forms, heads, relations);
        HyphenedModifiersTakenForHeads.Mend(tags, forms, heads, relations);
        SourcesTakenIntoModifiers.Mend(tags, forms, heads, relations);
        GerundsTakenAwayFromTheirAspectVerb.Mend(tags, forms, heads, relations);
        SubjectsHungFromAuxiliaries.Mend(tags, heads, relations);
        VerbsTakenForParticiplesOfTheRoot.Mend(tags, forms, heads, relations);
        ChargesTakenForwardFromTheirVerb.Mend(tags, forms, heads, relations);
        VerbsTakenForModifiersOfTheirObject.Mend(tags, forms, heads, relations);
        if (!TreeArrays.IsTree(heads)) (heads, relations) = (parsedHeads, parsedRelations);
        var parsed = new SyntaxWord[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var upos = tags[i];
            parsed[i] = new SyntaxWord(i + 1, token.Text, token.Start, token.End, upos, Lemmatizer.Lemmatize(token.Text, upos),
                heads[i], relations[i]);
        }
        return new ParsedSentence(start, end, parsed);
    }

    // Each word's head (1-based, 0 for the root) and relation.
    private (int[] Heads, string[] Relations) Parse(ParserSentence sentence)
    {
        var tree = Parser.Parse(sentence);
        var relations = new string[sentence.Length];
        for (var i = 0; i < relations.Length; i++) relations[i] = Parser.Labels[tree.Labels[i + 1]];
        return (tree.Heads[1..], relations);
    }

    // The words tagged with their quotation marks, parsed without the marks inside a clause, which then hang from what they quote.
    private (int[] Heads, string[] Relations) ParseWithoutMarks(
        ParserSentence sentence, IReadOnlyList<string> forms, IReadOnlyList<int> marks)
    {
        var kept = Enumerable.Range(0, forms.Count).Except(marks).ToArray();
        var unmarked = ParserSentence.Of([.. kept.Select(i => sentence.Words[i + 1])], [.. kept.Select(i => sentence.Tags[i + 1])],
            [.. kept.Select(i => sentence.Supertags[i + 1])]);
        var (innerHeads, innerRelations) = Parse(unmarked);
        var heads = new int[forms.Count];
        var relations = new string[forms.Count];
        for (var k = 0; k < kept.Length; k++)
        {
            heads[kept[k]] = innerHeads[k] == 0 ? 0 : kept[innerHeads[k] - 1] + 1;
            relations[kept[k]] = innerRelations[k];
        }
        Quotations.HangMarks(forms, marks, heads, relations);
        return (heads, relations);
    }

    // A designation is parsed as one word, then its pieces hang from its number, the head of the name as English writes it:
    // the letters as a compound, the hyphen as punctuation; the number takes the word's place in the tree.
    private ParsedSentence ParseJoined(IReadOnlyList<TextToken> tokens, IReadOnlyList<(int First, int Count)> words, int start, int end,
        IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        var forms = words.Select(w => string.Concat(tokens.Skip(w.First).Take(w.Count).Select(t => t.Text))).ToList();
        // A designation is a name, whatever its digits make the tagger think.
        var allowed = words.Select(w => w.Count > 1 ? Designations.Tags : allowedUpos?[w.First]).ToList();
        // Words without spans are never joined again.
        var joined = Parse(forms.Select(f => new TextToken(f, 0, 0)).ToList(), start, end, allowed);
        // Token position (1-based) of each word's head token: the last token of a designation.
        int TokenOf(int word) => word == 0 ? 0 : words[word - 1].First + words[word - 1].Count;
        var parsed = new SyntaxWord[tokens.Count];
        foreach (var word in joined.Words)
        {
            var (first, count) = words[word.Index - 1];
            var head = TokenOf(word.Index);
            // A designation's pieces are their own lemmas ("T" of "T-72" is no abbreviation the treebank knew).
            var last = tokens[head - 1];
            parsed[head - 1] = word with
            {
                Index = head, Form = last.Text, Start = last.Start, End = last.End, Head = TokenOf(word.Head),
                Lemma = count == 1 ? word.Lemma : last.Text,
            };
            for (var i = first; i < head - 1; i++)
            {
                var (upos, relation) = i == first ? (word.Upos, "compound") : ("PUNCT", "punct");
                parsed[i] = new SyntaxWord(i + 1, tokens[i].Text, tokens[i].Start, tokens[i].End, upos, tokens[i].Text, head, relation);
            }
        }
        return new ParsedSentence(start, end, parsed);
    }

    // The clause is tagged and parsed without the days wedged in it; each day then hangs from the verb it dates.
    private ParsedSentence ParseWithoutDays(IReadOnlyList<TextToken> tokens, IReadOnlyList<int> days, int start, int end,
        IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        var parsed = ParseWithout(tokens, days, start, end, allowedUpos);
        for (var k = 0; k < days.Count; k += 2)
        {
            var (on, day) = (days[k], days[k + 1]);
            parsed[day] = new SyntaxWord(day + 1, tokens[day].Text, tokens[day].Start, tokens[day].End, "PROPN", tokens[day].Text,
                DayPhrases.DatedVerb(parsed, on, day), "obl");
            parsed[on] = new SyntaxWord(on + 1, tokens[on].Text, tokens[on].Start, tokens[on].End, "ADP", "on", day + 1, "case");
        }
        return new ParsedSentence(start, end, parsed);
    }

    // The sentence is tagged and parsed with the last of stacked ranks only; each rank before it is a compound of the next.
    private ParsedSentence ParseWithoutRanks(IReadOnlyList<TextToken> tokens, IReadOnlyList<int> ranks, int start, int end,
        IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        var parsed = ParseWithout(tokens, ranks, start, end, allowedUpos);
        foreach (var rank in ranks)
        {
            parsed[rank] = new SyntaxWord(rank + 1, tokens[rank].Text, tokens[rank].Start, tokens[rank].End, "PROPN", tokens[rank].Text,
                rank + 2, "compound");
        }
        return new ParsedSentence(start, end, parsed);
    }

    // The sentence is parsed without the phrase wedged between "has" and its participle, and the phrase on its own; the phrase
    // then hangs from the participle. Null when, even so, "has" is not the participle's auxiliary.
    private ParsedSentence? ParseWithoutWedge(IReadOnlyList<TextToken> tokens, (int Auxiliary, int First, int Last) wedge, int start,
        int end, IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        var (auxiliary, first, last) = wedge;
        var parsed = ParseWithout(tokens, [.. Enumerable.Range(first, last - first + 1)], start, end, allowedUpos);
        var participle = last + 1;
        if (parsed[participle].Upos != "VERB" || parsed[auxiliary].Head != participle + 1 || parsed[auxiliary].Relation != "aux")
        {
            return null;
        }
        ParseInPlace(parsed, tokens, [.. Enumerable.Range(first, last - first + 1)], participle + 1, "obl", start, end, allowedUpos);
        return new ParsedSentence(start, end, parsed);
    }

    // The sentence is parsed without its aside of speech, and the aside on its own; the aside's verb then hangs from the
    // sentence's verb, and its commas from the aside's verb.
    private ParsedSentence ParseWithoutAside(IReadOnlyList<TextToken> tokens, (int Open, int Close) aside, int start, int end,
        IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        var (open, close) = aside;
        var parsed = ParseWithout(tokens, [.. Enumerable.Range(open, close - open + 1)], start, end, allowedUpos);
        var root = Array.FindIndex(parsed, w => w is { Head: 0 }) + 1;
        var verb = ParseInPlace(parsed, tokens, [.. Enumerable.Range(open + 1, close - open - 1)], root, "parataxis", start, end,
            allowedUpos);
        foreach (var comma in new[] { open, close })
        {
            parsed[comma] = new SyntaxWord(comma + 1, tokens[comma].Text, tokens[comma].Start, tokens[comma].End, "PUNCT", ",", verb,
                "punct");
        }
        return new ParsedSentence(start, end, parsed);
    }

    // Parses some words (0-based) of a sentence on their own and sets them in place, their root hung from a word of the rest
    // with the relation given; returns the root's place (1-based).
    private int ParseInPlace(SyntaxWord[] parsed, IReadOnlyList<TextToken> tokens, int[] inner, int head, string relation, int start,
        int end, IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        var innerAllowed = allowedUpos is null ? null : inner.Select(i => allowedUpos[i]).ToList();
        var span = Parse([.. inner.Select(i => tokens[i])], start, end, innerAllowed);
        foreach (var word in span.Words)
        {
            var at = inner[word.Index - 1];
            parsed[at] = word.Head == 0
                ? word with { Index = at + 1, Head = head, Relation = relation }
                : word with { Index = at + 1, Head = inner[word.Head - 1] + 1 };
        }
        return inner[span.Root.Index - 1] + 1;
    }

    // The words of a sentence parsed without some of them (0-based), at their own places; the left-out words' entries unset.
    private SyntaxWord[] ParseWithout(IReadOnlyList<TextToken> tokens, IReadOnlyList<int> leftOut, int start, int end,
        IReadOnlyList<IReadOnlySet<string>?>? allowedUpos)
    {
        var kept = Enumerable.Range(0, tokens.Count).Except(leftOut).ToArray();
        var keptAllowed = allowedUpos is null ? null : kept.Select(i => allowedUpos[i]).ToList();
        var clause = Parse([.. kept.Select(i => tokens[i])], start, end, keptAllowed);
        var parsed = new SyntaxWord[tokens.Count];
        foreach (var word in clause.Words)
        {
            var head = word.Head == 0 ? 0 : kept[word.Head - 1] + 1;
            parsed[kept[word.Index - 1]] = word with { Index = kept[word.Index - 1] + 1, Head = head };
        }
        return parsed;
    }

    public void Save(Stream stream)
    {
        using var compressed = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(compressed, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        Tagger.Tags.Write(writer);
        Tagger.Model.Write(writer);
        Supertagger.Write(writer);
        writer.Write(Parser.Labels.Count);
        foreach (var label in Parser.Labels) writer.Write(label);
        Parser.Model.Write(writer);
        Lemmatizer.Write(writer);
    }

    public static SyntaxModel Load(Stream stream)
    {
        try
        {
            // Read through a buffer of a megabyte that the decoder refills: small reads straight from the decoder would be
            // several times slower, and decompressing the whole file first would touch its whole size in fresh memory.
            using var compressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(compressed, 1 << 20);
            using var reader = new BinaryReader(buffered, Encoding.UTF8);
            if (reader.ReadString() != Magic) throw new InvalidDataException("This is not a syntax model file.");
            var version = reader.ReadInt32();
            if (version != Version)
                throw new InvalidDataException($"The syntax model file has version {version}; this build reads {Version}.");
            var tagger = new PosTagger(TagSet.Read(reader), SequenceTagger.Read(reader));
            var supertagger = Supertagger.Read(reader);
            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
            var parser = new DependencyParser(labels, tagger.Tags, LinearModel.Read(reader));
            return new SyntaxModel(tagger, supertagger, parser, Lemmatizer.Read(reader));
        }
        catch (Exception e) when (e is not InvalidDataException and not OutOfMemoryException)
        {
            // Whatever a damaged file trips over (a short read, a bad length, a broken compressed block) means one thing.
            throw new InvalidDataException("The syntax model file is truncated or damaged.", e);
        }
    }

    private static IEnumerable<TextSentence> Pieces(TextSentence sentence)
    {
        if (sentence.Tokens.Count <= LongestSentence) return [sentence];
        return sentence.Tokens.Chunk(LongestSentence).Select(piece => new TextSentence(piece[0].Start, piece[^1].End, piece));
    }

    public static SyntaxModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    private static SyntaxModel LoadShipped()
    {
        using var stream = typeof(SyntaxModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library carries no model ({ResourceName}); train one with train-syntax.");
        return Load(stream);
    }
}
