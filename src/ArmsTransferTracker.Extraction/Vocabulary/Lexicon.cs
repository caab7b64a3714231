using ArmsTransferTracker.Syntax;

namespace ArmsTransferTracker.Extraction.Vocabulary;

/// <summary>
/// How a verb or noun of transfer orders its parties (Data/Vocabulary/transfer-verbs.txt); Use is a side using goods made elsewhere.
/// </summary>
public enum TransferFrameKind { Give, Receive, Arm, Move, Use, Rely, Hold, Thank, Bill }

/// <summary>The engine's word lists, each loaded once from its data file. Words are compared without regard to case.</summary>
public static class Lexicon
{
    public static readonly IReadOnlyDictionary<string, TransferFrameKind> TransferVerbs = Frames("transfer-verbs.txt");
    public static readonly IReadOnlyDictionary<string, TransferFrameKind> TransferNouns = Frames("transfer-nouns.txt");
    public static readonly IReadOnlyDictionary<string, TransferFrameKind> PhrasalTransferVerbs = Frames("phrasal-transfer-verbs.txt");
    public static readonly HashSet<string> ReportingVerbs = VocabularyFile.Words("reporting-verbs.txt");
    public static readonly HashSet<string> DenialVerbs = VocabularyFile.Words("denial-verbs.txt");
    public static readonly HashSet<string> DenialWords = VocabularyFile.Words("denial-words.txt");
    public static readonly HashSet<string> DenialNouns = VocabularyFile.Words("denial-nouns.txt");
    public static readonly HashSet<string> AffirmingWords = VocabularyFile.Words("affirming-words.txt");
    public static readonly HashSet<string> RelayingVerbs = VocabularyFile.Words("relaying-verbs.txt");
    public static readonly IReadOnlyList<string[]> Hedges = Phrases("hedges.txt");
    public static readonly IReadOnlyList<string[]> Silences = Phrases("silences.txt");
    public static readonly IReadOnlyList<string[]> IdentificationHedges = Phrases("identification-hedges.txt");
    public static readonly HashSet<string> PlanWords = VocabularyFile.Words("plan-words.txt");
    public static readonly HashSet<string> ModalVerbs = VocabularyFile.Words("modal-verbs.txt");
    public static readonly HashSet<string> ConditionWords = VocabularyFile.Words("condition-words.txt");
    public static readonly HashSet<string> NegationWords = VocabularyFile.Words("negation-words.txt");
    public static readonly HashSet<string> Titles = VocabularyFile.Words("titles.txt");
    public static readonly HashSet<string> WomenWords = VocabularyFile.Words("women-words.txt");
    public static readonly HashSet<string> MenWords = VocabularyFile.Words("men-words.txt");
    public static readonly HashSet<string> TimeWords = VocabularyFile.Words("time-words.txt");
    public static readonly HashSet<string> GenericCredits = VocabularyFile.Words("generic-credits.txt");
    public static readonly HashSet<string> PlatformNames =
        VocabularyFile.Rows("platform-names.txt").Select(row => row[0]).ToHashSet(StringComparer.Ordinal);
    public static readonly HashSet<string> GovernmentHeads = VocabularyFile.Words("government-heads.txt");
    public static readonly HashSet<string> OrganisationHeads = VocabularyFile.Words("organisation-heads.txt");
    public static readonly HashSet<string> MediaHeads = VocabularyFile.Words("media-heads.txt");
    public static readonly HashSet<string> StateAgencyWords = VocabularyFile.Words("state-agency-words.txt");

    /// <summary>Kinds of state agency, each the words that name it ("intelligence", "spy").</summary>
    public static readonly IReadOnlyList<HashSet<string>> AgencyKinds = VocabularyFile.Rows("agency-kinds.txt")
        .Select(row => row.Skip(1).SelectMany(VocabularyFile.List).Prepend(row[0]).ToHashSet(StringComparer.OrdinalIgnoreCase))
        .ToList();

    /// <summary>Last words of outlets' names; true for a word that ends one only after another such word ("Press Agency").</summary>
    public static readonly IReadOnlyDictionary<string, bool> MediaNameWords = VocabularyFile.Rows("media-name-words.txt")
        .ToDictionary(row => row[0], row => row.Length > 1 && row[1] == "after media", StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> NewsroomRoles = VocabularyFile.Words("newsroom-roles.txt");
    public static readonly HashSet<string> InterviewerLabels = VocabularyFile.Words("interviewer-labels.txt");
    public static readonly HashSet<string> OfficialHeads = VocabularyFile.Words("official-heads.txt");
    public static readonly HashSet<string> PersonRoles = VocabularyFile.Words("person-roles.txt");
    public static readonly HashSet<string> CommentatorRoles = VocabularyFile.Words("commentator-roles.txt");
    public static readonly HashSet<string> ClaimNouns = VocabularyFile.Words("claim-nouns.txt");
    public static readonly HashSet<string> EventNouns = VocabularyFile.Words("event-nouns.txt");
    public static readonly HashSet<string> SingleClaimNouns = VocabularyFile.Words("single-claim-nouns.txt");
    public static readonly HashSet<string> VoicingVerbs = VocabularyFile.Words("voicing-verbs.txt");

    public static readonly HashSet<string> ConversationVerbs = VocabularyFile.Words("conversation-verbs.txt");

    public static readonly HashSet<string> SupersededWords = VocabularyFile.Words("superseded-words.txt");

    public static readonly HashSet<string> BareAmmunition = VocabularyFile.Words("bare-ammunition.txt");
    public static readonly HashSet<string> StoppingVerbs = VocabularyFile.Words("stopping-verbs.txt");
    public static readonly HashSet<string> FailingVerbs = VocabularyFile.Words("failing-verbs.txt");
    public static readonly HashSet<string> PermissionVerbs = VocabularyFile.Words("permission-verbs.txt");
    public static readonly HashSet<string> SpeechNouns = VocabularyFile.Words("speech-nouns.txt");

    public static readonly HashSet<string> AsideNouns = VocabularyFile.Words("aside-nouns.txt");
    public static readonly HashSet<string> IssuingVerbs = VocabularyFile.Words("issuing-verbs.txt");
    public static readonly HashSet<string> DetailQuestions = VocabularyFile.Words("detail-questions.txt");
    public static readonly HashSet<string> HearsayAdverbs = VocabularyFile.Words("hearsay-adverbs.txt");
    public static readonly HashSet<string> ConfirmingVerbs = VocabularyFile.Words("confirming-verbs.txt");
    public static readonly HashSet<string> AnnouncingVerbs = VocabularyFile.Words("announcing-verbs.txt");
    public static readonly HashSet<string> UseVerbs = VocabularyFile.Words("use-verbs.txt");
    public static readonly HashSet<string> MakerParticiples = VocabularyFile.Words("maker-participles.txt");
    public static readonly HashSet<string> DocumentNouns = VocabularyFile.Words("document-nouns.txt");
    public static readonly HashSet<string> UnnamedWords = VocabularyFile.Words("unnamed-words.txt");
    public static readonly HashSet<string> ReferringWords = VocabularyFile.Words("referring-words.txt");
    public static readonly HashSet<string> NormNouns = VocabularyFile.Words("norm-nouns.txt");
    public static readonly HashSet<string> ForceNouns = VocabularyFile.Words("force-nouns.txt");

    /// <summary>The names of states' forces news uses without the state's ("FARDC", "the Tatmadaw"), as written.</summary>
    public static readonly HashSet<string> StateForceNames = VocabularyFile.Rows("state-forces.txt")
        .SelectMany(row => (row.Length > 2 ? VocabularyFile.List(row[2]) : []).Prepend(row[0])).ToHashSet(StringComparer.Ordinal);

    public static readonly HashSet<string> UnitNouns = VocabularyFile.Words("unit-nouns.txt");
    public static readonly HashSet<string> StateBodies = VocabularyFile.Words("state-bodies.txt");
    public static readonly HashSet<string> SidelessBodies = VocabularyFile.Words("sideless-bodies.txt");
    public static readonly HashSet<string> CarrierNouns = VocabularyFile.Words("carrier-nouns.txt");
    public static readonly HashSet<string> BystanderNouns = VocabularyFile.Words("bystander-nouns.txt");
    public static readonly HashSet<string> SettingNouns = VocabularyFile.Words("setting-nouns.txt");
    public static readonly HashSet<string> GroupNouns = VocabularyFile.Words("group-nouns.txt");

    public static readonly HashSet<string> TieNouns = VocabularyFile.Words("tie-nouns.txt");

    public static readonly HashSet<string> NumberWords = VocabularyFile.Words("number-words.txt");
    public static readonly HashSet<string> CalibreUnits = VocabularyFile.Words("calibre-units.txt");
    public static readonly HashSet<string> PartyNouns = VocabularyFile.Words("party-nouns.txt");
    public static readonly HashSet<string> SupplierNouns = VocabularyFile.Words("supplier-nouns.txt");
    public static readonly HashSet<string> CompanyNouns = VocabularyFile.Words("company-nouns.txt");
    public static readonly HashSet<string> CompanyNameHeads = VocabularyFile.Words("company-name-heads.txt");
    public static readonly HashSet<string> JudgingVerbs = VocabularyFile.Words("judging-verbs.txt");
    public static readonly HashSet<string> SmugglingVerbs = VocabularyFile.Words("smuggling-verbs.txt");
    public static readonly HashSet<string> ExaminingVerbs = VocabularyFile.Words("examining-verbs.txt");
    public static readonly HashSet<string> WatchingVerbs = VocabularyFile.Words("watching-verbs.txt");
    public static readonly HashSet<string> CountNouns = VocabularyFile.Words("count-nouns.txt");
    public static readonly HashSet<string> AmountNouns = VocabularyFile.Words("amount-nouns.txt");
    public static readonly HashSet<string> RegimeWords = VocabularyFile.Words("regime-words.txt");
    public static readonly HashSet<string> RegimeNouns = VocabularyFile.Words("regime-nouns.txt");
    public static readonly HashSet<string> LandNouns = VocabularyFile.Words("land-nouns.txt");
    public static readonly HashSet<string> NameParticles = VocabularyFile.Words("name-particles.txt");
    public static readonly HashSet<string> EvidenceNouns = VocabularyFile.Words("evidence-nouns.txt");
    public static readonly HashSet<string> OwnSources = VocabularyFile.Words("own-sources.txt");
    public static readonly HashSet<string> StoreNouns = VocabularyFile.Words("store-nouns.txt");
    public static readonly HashSet<string> CaptureVerbs = VocabularyFile.Words("capture-verbs.txt");
    public static readonly HashSet<string> OtherSupport = VocabularyFile.Words("other-support.txt");
    public static readonly HashSet<string> NotGoods = VocabularyFile.Words("not-goods.txt");
    public static readonly HashSet<string> PlaceAdjectives = VocabularyFile.Words("place-adjectives.txt");
    public static readonly HashSet<string> VerbOnlyForms = VocabularyFile.Words("verb-only-forms.txt");
    public static readonly HashSet<string> RefusingVerbs = VocabularyFile.Words("refusing-verbs.txt");
    public static readonly HashSet<string> RefusedActs = VocabularyFile.Words("refused-acts.txt");
    public static readonly HashSet<string> JudgementNouns = VocabularyFile.Words("judgement-nouns.txt");
    public static readonly HashSet<string> NounOnlyForms = VocabularyFile.Words("noun-only-forms.txt");
    public static readonly HashSet<string> PhrasalParticles = VocabularyFile.Words("phrasal-particles.txt");
    public static readonly HashSet<string> IdiomPhrasals = VocabularyFile.Words("idiom-phrasals.txt");
    public static readonly HashSet<string> TellingVerbs = VocabularyFile.Words("telling-verbs.txt");
    public static readonly HashSet<string> PictureNouns = VocabularyFile.Words("picture-nouns.txt");
    public static readonly HashSet<string> TallyNouns = VocabularyFile.Words("tally-nouns.txt");

    /// <summary>The particles of <see cref="PhrasalParticles"/>, which a word must be before its verb is looked up.</summary>
    public static readonly HashSet<string> Particles =
        new(PhrasalParticles.Select(phrase => phrase.Split(' ')[^1]), StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlyDictionary<string, string> GroupHomes =
        VocabularyFile.Rows("group-homes.txt").ToDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase);
    public static readonly HashSet<string> NeedVerbs = VocabularyFile.Words("need-verbs.txt");
    public static readonly HashSet<string> BreachingVerbs = VocabularyFile.Words("breaching-verbs.txt");
    public static readonly HashSet<string> PermissionNouns = VocabularyFile.Words("permission-nouns.txt");
    public static readonly HashSet<string> MakingVerbs = VocabularyFile.Words("making-verbs.txt");
    public static readonly HashSet<string> LeavingVerbs = VocabularyFile.Words("leaving-verbs.txt");
    public static readonly HashSet<string> InstrumentVerbs = VocabularyFile.Words("instrument-verbs.txt");
    public static readonly ILookup<string, string> StandInWords =
        VocabularyFile.Rows("stand-in-words.txt").ToLookup(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase);

    /// <summary>A verb by which someone says, or denies, something ("said", "rejected").</summary>
    public static bool IsSpeechOrDenial(string lemma) => ReportingVerbs.Contains(lemma) || DenialVerbs.Contains(lemma);

    /// <summary>A statement or a document ("the communiqué", "a report"): it carries what its author says.</summary>
    public static bool IsStatementOrDocument(string lemma) => SpeechNouns.Contains(lemma) || DocumentNouns.Contains(lemma);

    /// <summary>A word for a statement or a document, by its lemma or, for a plural the list names ("figures"), by its form.</summary>
    public static bool IsStatementOrDocument(SyntaxWord word) =>
        IsStatementOrDocument(word.Lemma) || DocumentNouns.Contains(word.Form.ToLowerInvariant());

    private static Dictionary<string, TransferFrameKind> Frames(string file) =>
        VocabularyFile.Rows(file).ToDictionary(
            row => row[0],
            row => Enum.Parse<TransferFrameKind>(row[1], ignoreCase: true),
            StringComparer.OrdinalIgnoreCase);

    private static List<string[]> Phrases(string file) =>
        VocabularyFile.Rows(file).Select(row => row[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
}
