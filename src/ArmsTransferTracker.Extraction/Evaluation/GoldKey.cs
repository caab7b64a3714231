using System.Text.Json;

namespace ArmsTransferTracker.Extraction.Evaluation;

/// <summary>One stance of the answer key, with its claim's (place-normalised) supplier and recipient and (folded) category.</summary>
public sealed record GoldStance(
    string File, string Supplier, string Recipient, string Category, string Actor, string Stance, bool Optional);

/// <summary>What a key says of an article's page: its headline, date of publication and writers, where it says them.</summary>
public sealed record GoldArticle(string File, string? Headline, string? Published, IReadOnlyList<string> Authors);

/// <summary>A hand-labelled answer key (seeds.gold.json or dev.gold.json), read as score.py reads it.</summary>
public sealed record GoldKey(IReadOnlyList<string> Files, IReadOnlyList<GoldStance> Stances)
{
    /// <summary>The key's articles with their page's details, for keys that list them ("articles").</summary>
    public IReadOnlyList<GoldArticle> Articles { get; init; } = [];

    /// <summary>
    /// Reads either key format: {"articles", "claims"[stances with "file"]} or {"items":[{"id", "claims"}]} (file "&lt;id&gt;.txt").
    /// </summary>
    public static GoldKey Load(string path) => Parse(File.ReadAllText(path));

    public static GoldKey Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var rows = new List<GoldStance>();
        var files = new List<string>();
        var articles = new List<GoldArticle>();
        if (root.TryGetProperty("items", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                // Python's `item.get("file") or ...`: an empty file name falls back to the id too.
                var file = String(item, "file") is { Length: > 0 } named ? named : String(item, "id") + ".txt";
                files.Add(file);
                if (!item.TryGetProperty("claims", out var claims)) continue;
                foreach (var claim in claims.EnumerateArray())
                {
                    if (!claim.TryGetProperty("stances", out var stances)) continue;
                    foreach (var s in stances.EnumerateArray()) rows.Add(Row(file, claim, s));
                }
            }
        }
        else
        {
            foreach (var claim in root.GetProperty("claims").EnumerateArray())
            {
                foreach (var s in claim.GetProperty("stances").EnumerateArray()) rows.Add(Row(String(s, "file") ?? "", claim, s));
            }
            foreach (var article in root.GetProperty("articles").EnumerateArray())
            {
                files.Add(String(article, "file") ?? "");
                var authors = article.TryGetProperty("authors", out var names) && names.ValueKind == JsonValueKind.Array
                    ? names.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!).ToList()
                    : [];
                articles.Add(new GoldArticle(files[^1], String(article, "headline"), String(article, "published"), authors));
            }
        }
        return new GoldKey(files, rows) { Articles = articles };
    }

    private static GoldStance Row(string file, JsonElement claim, JsonElement stance) => new(
        file,
        ActorMatching.Place(String(claim, "supplier")),
        ActorMatching.Place(String(claim, "recipient")),
        ActorMatching.Fold(String(claim, "category")),
        String(stance, "actor") ?? "",
        String(stance, "stance") ?? "",
        stance.TryGetProperty("optional", out var optional) && IsTruthy(optional));

    /// <summary>Python's <c>bool()</c> of a JSON value, as score.py reads "optional".</summary>
    private static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Number => value.GetDouble() != 0,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => false,
    };

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
