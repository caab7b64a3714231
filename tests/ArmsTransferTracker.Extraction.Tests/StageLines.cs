using SpeakerAttribution = ArmsTransferTracker.Extraction.Attribution.Attribution;
using ArmsTransferTracker.Extraction.Mentions;
using ArmsTransferTracker.Extraction.Stances;
using ArmsTransferTracker.Extraction.Story;
using ArmsTransferTracker.Extraction.Transfers;

namespace ArmsTransferTracker.Extraction.Tests;

/// <summary>
/// Each stage's output as compact lines, the format the spec files write their expectations in:
/// <list type="bullet">
/// <item>story: <c>headline: text</c>, <c>story: text</c>, <c>quoted: text</c> (a sentence inside a quotation), one per story
/// sentence;</item>
/// <item>mentions: <c>place: Iranian = Iran (demonym)</c>, <c>group: Houthi rebels = Houthis (name)</c>,
/// <c>goods: Shahed drones = drone</c>, <c>goods: weapons = other weapons (generic)</c>;</item>
/// <item>frames: <c>Iran -> Russia | drone | fact</c>, then <c>| negated</c> and <c>| quantity: at least six</c> when they
/// apply; a side the sentence names by pronoun is <c>(it)</c>, one it does not name is <c>?</c>, no goods is <c>-</c>;</item>
/// <item>categories, in frames and stances, are those of the goods named by kind; "weapons" or "missiles" count only alone;</item>
/// <item>attributions: <c>said: Antony Blinken [person] | asserts</c>, then <c>| over: sent, deliveries</c> naming the triggers of the
/// sentence's transfer frames the attribution governs;</item>
/// <item>stances: <c>Antony Blinken supports Iran -> Russia (drone)</c>, the goods' categories in brackets when there are any.</item>
/// </list>
/// </summary>
internal static class StageLines
{
    public static IEnumerable<string> Story(StageRun run) => run.Story.Sentences.Select(s => Story(run.Text, s));

    public static string Story(string text, StorySentence sentence)
    {
        var kind = sentence.IsHeadline ? "headline" : sentence.InQuotation ? "quoted" : "story";
        return $"{kind}: {text[sentence.Start..sentence.End]}";
    }

    public static IEnumerable<string> Mentions(StageRun run) => run.Readings.SelectMany(r => Mentions(run.Text, r.Mentions));

    public static IEnumerable<string> Mentions(string text, SentenceMentions mentions)
    {
        if (mentions.Sentence.Tree is not { } tree) yield break;
        string Surface(int first, int last) => text[tree[first].Start..tree[last].End];
        foreach (var place in mentions.Places)
        {
            var kind = place.IsState ? "place" : "group";
            yield return $"{kind}: {Surface(place.First, place.Last)} = {place.Canonical} ({place.Form.ToString().ToLowerInvariant()})";
        }
        foreach (var weapon in mentions.Weapons)
        {
            yield return $"goods: {Surface(weapon.First, weapon.Last)} = {weapon.Category}{(weapon.Generic ? " (generic)" : "")}";
        }
        foreach (var company in mentions.Companies) yield return $"company: {company}";
    }

    public static IEnumerable<string> Frames(StageRun run) => run.Frames.Select(Frame);

    public static string Frame(TransferFrame frame)
    {
        var line = $"{Party(frame.Supplier)} -> {Party(frame.Recipient)} | {Categories(frame.Goods) ?? "-"} | " +
            $"{frame.Mood.ToString().ToLowerInvariant()}";
        if (frame.Negated) line += " | negated";
        if (frame.Quantity is { } quantity) line += $" | quantity: {quantity}";
        return line;
    }

    public static IEnumerable<string> Attributions(StageRun run) =>
        run.Readings.SelectMany(r => r.Attributions.Select(a => Attribution(a, r.Frames)));

    public static string Attribution(SpeakerAttribution attribution, IReadOnlyList<TransferFrame> frames)
    {
        var tree = attribution.Sentence.Tree!;
        var speaker = attribution.Speaker;
        var line = $"{tree[attribution.Verb].Form}: {speaker.Name} [{speaker.Kind.ToString().ToLowerInvariant()}] | " +
            $"{attribution.Cue.ToString().ToLowerInvariant()}";
        var governed = frames.Where(f => attribution.Governs(f.Trigger)).Select(f => tree[f.Trigger].Form).Distinct().ToList();
        return governed.Count > 0 ? $"{line} | over: {string.Join(", ", governed)}" : line;
    }

    public static IEnumerable<string> Stances(StageRun run) => run.Findings.Select(Stance);

    public static string Stance(StanceFinding finding)
    {
        var value = finding.Value switch
        {
            StanceValue.Supports => "supports",
            StanceValue.Denies => "denies",
            _ => "neutral",
        };
        var goods = Categories(finding.Goods) is { } categories ? $" ({categories})" : "";
        return $"{finding.Actor.Name} {value} {finding.Supplier} -> {finding.Recipient}{goods}";
    }

    private static string Party(FrameParty party) => party.Place ?? (party.Pronoun is { } pronoun ? $"({pronoun})" : "?");

    // Words that name no kind ("weapons", "missiles") count only when no kind is named, as in the merged claims.
    private static string? Categories(IReadOnlyList<WeaponMention> goods)
    {
        var named = goods.Where(g => !g.CatchAll).ToList();
        var shown = named.Count > 0 ? named : goods;
        return shown.Count == 0 ? null : string.Join(", ", shown.Select(g => g.Category).Distinct());
    }
}
