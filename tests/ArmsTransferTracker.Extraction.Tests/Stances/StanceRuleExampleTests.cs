namespace ArmsTransferTracker.Extraction.Tests.Stances;

/// <summary>
/// The stance stage names its rules by string, with no example of their own, so each is given one here, in our own
/// words: run through every stage, the passage makes a stance finding that names the rule.
/// </summary>
public class StanceRuleExampleTests
{
    /// <summary>Each rule of StanceReader with a passage it fires on, and the outlet that wrote it, if any.</summary>
    private static readonly Dictionary<string, (string Passage, string? Outlet)> Examples = new()
    {
        ["speaker-governs-transfer"] = ("Belarus has sent shells to Russia, Lithuanian officials said.", null),
        ["speaker-on-the-report"] = ("Armenia dismissed Azerbaijan's claim that Yerevan had bought howitzers from France.", null),
        ["quotation-continues"] =
            ("\"Belarus has sent shells to Russia. It has also sent tanks,\" said Pavel Sirko, a railway union leader.", null),
        ["outlet-voice"] = ("Iran delivered Shahed drones to Russia in August.", "Harbor Times"),
        ["stance-on-transfer-in-focus"] =
            ("Iran has delivered ballistic missiles to Russia, Western officials said.\nTehran rejected the claims as baseless.", null),
        ["pronoun-supplier-is-subject"] = ("Minsk on Friday dismissed reports that it had shipped rockets to Moscow.", null),
        ["pronoun-recipient-is-subject"] = ("Chile still flies the F-16 jets which it bought from the Netherlands, officials said.", null),
        ["supplier-from-context"] =
            ("North Korea shipped shells to Russia, officials said.\nOfficials said Russia had received more shells in May.", null),
        ["supplier-told-alone-before"] = (
            "Nearly 300 rifles exported from Belgium for the border police cannot be accounted for, according to an audit.\n"
            + "The audit office said 900 rifles were shipped to Chad in 2021.",
            null),
        ["announcer-gives"] = ("Kestrel Aerotech, a Latvian drone maker, announced the delivery of eight drones to Ghana.", null),
        ["company-tells-its-sales"] =
            ("Tarn Mobility, a Czech defence company, said the defect affected armoured vehicles supplied to Ghana.", null),
        ["denies-breaking-the-embargo"] = (
            "Qatar flew rifles to the Sudanese army in March, a UN panel said.\nQatar has repeatedly denied violating the arms embargo.",
            null),
        ["governments-are-the-states-told"] = (
            "Belarus has sent rifles to Sudan, Lithuanian officials said.\nBoth governments deny any arms trade.", null),
        ["also-denies-with-the-one-before"] = (
            "Pakistan's foreign ministry rejected a report that Pakistan had shipped rockets to Ukraine.\n"
                + "Russia's ambassador in Islamabad, Pavel Drozdov, also dismissed the report.",
            null),
        ["unplaced-giver-makes-the-model"] = ("Vesta Land Systems said that it had delivered 30 K2 tanks to Poland.", null),
        ["recipient-from-context"] =
            ("Iran sent drones to Russia, Ukrainian officials said.\nOfficials said Iran had also sent missiles.", null),
        ["side-from-earlier-transfer"] = (
            "Egyptian planes carrying weapons landed in Mogadishu on Tuesday, officials said.\n"
            + "Cairo has never sent arms, its foreign ministry said.",
            null),
        ["recipient-of-the-sentence"] = (
            "Peru received helicopters from Russia, and its navy has bought Israeli-made drones, the defence minister said.", null),
        ["speaker-on-goods-in-focus"] = (
            "Belarus has sent T-72 tanks to Russia, Lithuanian officials said.\nPhotographs obtained by the Baltic Monitor show the tanks "
                + "on flatcars.",
            null),
        ["goods-only-like-the-kind"] = (
            "Belarus has sent Pantsir air defence systems to Mali, Malian officials said.\n\"The trucks in the photographs are "
                + "consistent with Pantsir systems,\" said Ines Koller, an analyst at the Danube Imagery Group.",
            null),
        ["the-group-named-last"] = (
            "Congo has long accused Rwanda of backing the M23 in the east.\n"
            + "Officials said rifles had been sent by Rwanda to the rebels in May.",
            null),
        ["group-named-by-its-region"] = (
            "Uganda is quietly supplying ammunition to rebels in Congo's Ituri province, the monitoring group Lake Arms Watch said.",
            null),
        ["the-country-is-the-speakers"] = (
            "Latvia's defence ministry said on Monday that the country had received 12 howitzers from Sweden.", null),
        ["speakers-own-transfer"] = (
            "Qatar has donated 40 armoured vehicles to Lebanon, the Lebanese army said.\n"
            + "Washington delivered patrol boats to Beirut in May, U.S. officials said.\n"
            + "The Qatari embassy said the donation would help the army secure the border.",
            null),
        ["partner-in-the-sentence"] = ("Egyptian cargo planes carrying weapons landed in Mogadishu on Tuesday, officials said.", null),
        ["state-for-its-armed-group"] = (
            "Iran has shipped cruise missiles to the Houthis, U.S. officials said.\n"
            + "Iran's foreign ministry said Tehran has never sent weapons to Yemen.",
            null),
        ["outlet-on-the-main-claim"] = (
            "Belarus has sent shells to Russia, Lithuanian officials said.\nMinsk denied sending shells to Russia or to Iran.\n"
            + "The Baltic Courier could not independently verify the account.",
            "Baltic Courier"),
        ["group-based-where-the-goods-went"] = (
            "Mortar rounds made in Bulgaria were found in a Houthi depot, UN monitors said.\n"
            + "The monitors said the rounds had been smuggled into Yemen by traffickers from Eritrea.",
            null),
        ["any-party-is-the-side-in-focus"] = (
            "Iran has shipped drones to Russia, Ukrainian officials said.\n"
            + "Minsk has never sold rifles to either side, a Belarusian diplomat said.",
            null),
        ["bare-denial-answers-every-kind"] = (
            "Belarus has sent tanks to Russia, Lithuanian officials said.\n"
            + "The officials said Minsk had also sent artillery shells to Moscow.\nMinsk rejected the reports.",
            null),
        ["denial-of-no-kind-denies-every-kind"] = (
            "Belarus has sent tanks to Russia, Lithuanian officials said.\n"
            + "The officials said Minsk had also sent artillery shells to Moscow.\n"
            + "Minsk has never armed Russia, a Belarusian diplomat said.",
            null),
        ["one-claim-answers-what-was-told-last"] = (
            "Belarus has sent tanks to Russia, Lithuanian officials said.\n"
            + "The officials said Minsk had also sent artillery shells to Moscow.\nMinsk rejected that accusation.",
            null),
        ["statement-continues"] = (
            "Minsk, May 3 (BelWire) -- A spokesman for the Ministry of Defence of Belarus gave the following answer to a question:\n"
            + "Belarus has never sold a single drone to Sudan.",
            null),
        ["stands-by-the-claim"] =
            ("Georgia has sold howitzers to Armenia, Azerbaijani officials said.\n"
                + "Georgia's defence ministry did not dispute the sale.", null),
        ["transfer-named-again"] =
            ("Iran sent drones to Russia, Ukrainian officials said.\nA senior Iranian official later confirmed the deliveries.", null),
        ["own-clause-before-speech"] = (
            "Serbian factories still sell mortar rounds to Armenia, and an Armenian official said the army needs more.", "Harbor Times"),
        ["unverified-by-the-outlet"] = (
            "Iran has sent drones to Russia, Ukrainian officials said.\nThe claim could not be independently verified.", "Harbor Times"),
        ["interview-answer"] = (
            "Pablo Rojas, Chile's defence minister, spoke to the Andes Courier.\nQ: What has Israel sold you?\n"
            + "A: Israel delivered six drones to Chile in May.\nQ: Will more come?\nA: Perhaps.",
            "Andes Courier"),
        ["bare-answer-to-the-question"] = (
            "Pablo Rojas, Chile's defence minister, spoke to the Andes Courier.\nQ: Israel sold Chile helicopters, officials say.\n"
            + "A: No.\nQ: Will more come?\nA: Perhaps.",
            "Andes Courier"),
        ["fact-check-verdict"] = (
            "CLAIM: Poland has sent 40 Leopard tanks to Ukraine this month.\nRATING: FALSE\nThe tanks in the photo are in Germany.",
            "Vistula Checks"),
        ["quoted-sides-of-a-transfer"] = (
            "Bulgaria has sold rifles to Chad, Western officials said.\n"
            + "\"Bulgarian arms fill the depots of Chad's army,\" said Milena Dragoeva, a researcher.",
            null),
        ["column-writer"] = (
            "Belarus has quietly sent rocket launchers to Russia.\n"
            + "Ivan Petrenko is a fellow at a Kyiv institute. Views are his own.",
            "Harbor Times"),
    };

    public static TheoryData<string> RuleNames => [.. Examples.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_fires_on_its_example(string rule)
    {
        var (passage, outlet) = Examples[rule];
        RuleExamples.AssertFires(rule, passage, [.. StageRun.Of(passage, outlet).Findings.Select(f => (StageLines.Stance(f), f.Rules))],
            "no finding");
    }
}
