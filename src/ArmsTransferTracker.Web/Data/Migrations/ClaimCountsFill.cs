using Microsoft.EntityFrameworkCore.Migrations;

namespace ArmsTransferTracker.Web.Data.Migrations;

/// <summary>
/// Fills the claims' counted columns for the rows there before the ClaimCounts migration, as ClaimCounts counts them from
/// then on. Written once for both providers: the SQL is common to SQLite and PostgreSQL.
/// </summary>
internal static class ClaimCountsFill
{
    // The claim's stances the model's filter keeps (not removed, of an article not deleted), and of those the ones not
    // rejected, which count as sources.
    private const string KeptStances = """
        FROM "Stances" AS s INNER JOIN "Articles" AS a ON a."Id" = s."ArticleId"
        WHERE s."ClaimId" = "Claims"."Id" AND NOT s."Removed" AND a."DeletedAt" IS NULL
        """;

    private const string VisibleStances = KeptStances + """ AND s."Review" <> 'Rejected'""";

    private const string Changes = """FROM "ChangeEntries" AS e INNER JOIN "Changes" AS c ON c."Id" = e."ChangeSetId" """;

    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            UPDATE "Claims" SET
                "SupportingSources" = {Sources("Supports")},
                "DenyingSources" = {Sources("Denies")},
                "NeutralSources" = {Sources("Neutral")},
                "LatestPublishedOn" = (SELECT MAX(a."PublishedOn") {VisibleStances}),
                "ChangedAt" = (SELECT MAX("At") FROM (
                    SELECT s."RecordedAt" AS "At" {KeptStances}
                    UNION ALL SELECT c."At" {Changes} WHERE e."Subject" = 'Claim' AND e."SubjectId" = "Claims"."Id"
                    UNION ALL SELECT c."At" {Changes} WHERE e."Subject" = 'Stance' AND e."SubjectId" IN (SELECT s."Id" {KeptStances})
                    ) AS "Times");
            """);
        migrationBuilder.Sql("""
            UPDATE "Claims" SET
                "Sources" = "SupportingSources" + "DenyingSources" + "NeutralSources",
                "Dated" = "LatestPublishedOn" IS NOT NULL,
                "Status" = COALESCE("StatusOverride", CASE
                    WHEN "SupportingSources" > 0 AND "DenyingSources" > 0 THEN 'Contested'
                    WHEN "SupportingSources" > 0 THEN 'Asserted'
                    WHEN "DenyingSources" > 0 THEN 'Denied'
                    ELSE 'Unconfirmed' END);
            """);
    }

    // An actor once per story: a copy's stance counts toward its original's.
    private static string Sources(string value) => $"""
        (SELECT COUNT(*) FROM (SELECT DISTINCT s."ActorId", COALESCE(a."CopyOfId", a."Id") AS "Story" {VisibleStances}
            AND s."Value" = '{value}') AS "Counted")
        """;
}
