using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArmsTransferTracker.Extraction.Output;

/// <summary>Writes extractions in the JSON format of shared/eval/FORMAT.md, the one score.py reads.</summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keep quotes and non-ASCII readable; the output is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, IEnumerable<(string File, ExtractedArticle Article)> articles)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var (file, article) in articles)
        {
            WriteArticle(json, file, article);
            // Out to the stream article by article: held whole, the JSON of a large batch would grow the writer's buffer
            // by doubling, copying it each time, and the reader of the stream would wait for the end.
            json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string ToJson(IEnumerable<(string File, ExtractedArticle Article)> articles)
    {
        using var buffer = new MemoryStream();
        Write(buffer, articles);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteArticle(Utf8JsonWriter json, string file, ExtractedArticle article)
    {
        var meta = article.Document.Metadata;
        json.WriteStartObject();
        json.WriteString("file", file);
        json.WriteString("headline", article.Document.Headline);
        json.WriteString("outlet", meta.Outlet);
        json.WriteString("publisher", meta.Publisher ?? meta.Outlet);
        json.WriteString("url", meta.Url);
        json.WriteString("published", meta.Published?.ToString("yyyy-MM-dd"));
        json.WriteStartArray("authors");
        foreach (var author in meta.Authors)
        {
            json.WriteStringValue(author);
        }
        json.WriteEndArray();
        json.WriteStartArray("claims");
        foreach (var claim in article.Claims)
        {
            WriteClaim(json, claim);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, ExtractedClaim claim)
    {
        json.WriteStartObject();
        json.WriteString("supplier", claim.Supplier);
        json.WriteString("recipient", claim.Recipient);
        json.WriteString("item", claim.Item);
        json.WriteString("category", claim.Category);
        json.WriteString("quantity", claim.Quantity);
        json.WriteString("sentence", claim.Sentence);
        json.WriteStartArray("stances");
        foreach (var stance in claim.Stances)
        {
            json.WriteStartObject();
            json.WriteString("actor", stance.Actor.Name);
            json.WriteString("actor_kind", KindName(stance.Actor.Kind));
            json.WriteString("role", stance.Actor.Role);
            json.WriteString("affiliation", stance.Actor.Affiliation);
            json.WriteString("stance", StanceName(stance.Value));
            // Beyond FORMAT.md, which score.py ignores: how sure the engine is and which rules said so, for tuning and review.
            json.WriteNumber("confidence", Math.Round(stance.Confidence, 2, MidpointRounding.AwayFromZero));
            json.WriteStartArray("rules");
            foreach (var rule in stance.Rules)
            {
                json.WriteStringValue(rule);
            }
            json.WriteEndArray();
            json.WriteStartArray("evidence");
            foreach (var span in stance.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("text", span.Text);
                json.WriteNumber("start", span.Start);
                json.WriteNumber("end", span.End);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string StanceName(StanceValue value) => value switch
    {
        StanceValue.Supports => "supports",
        StanceValue.Denies => "denies",
        _ => "neutral",
    };

    public static string KindName(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Officials => "officials",
        ActorKind.Government => "government",
        ActorKind.Organisation => "organisation",
        _ => "media",
    };
}
