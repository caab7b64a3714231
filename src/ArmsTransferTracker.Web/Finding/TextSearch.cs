using System.Runtime.CompilerServices;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Finding;

/// <summary>
/// One page of what a search found of one kind. <see cref="Total"/> counts them up to <see cref="TextSearch.MaxCount"/>,
/// and is one more when there are more than that.
/// </summary>
public sealed record SearchPage<T>(IReadOnlyList<T> Items, int Total)
{
    public bool MoreThanCounted => Total > TextSearch.MaxCount;
}

/// <summary>An article a search found, with a passage around the matched words.</summary>
public sealed record ArticleMatch(int Id, string Headline, int? OutletId, string? Outlet, DateOnly? PublishedOn, Snippet Snippet);

/// <summary>An actor a search found by its name, its role or another of its names (or those of an actor merged into it).</summary>
public sealed record ActorMatch(int Id, string Name, ActorKind Kind, string? Role);

/// <summary>
/// Full-text search over the index the TextSearch migration builds: FTS5 with porter stemming on SQLite, English
/// tsvectors on PostgreSQL, so "supplying" finds "supplied". The words are always a query parameter, never SQL, and
/// each provider reads them as plain words (<see cref="SearchTerms"/>). Claims and articles come newest first, the
/// index's own order on SQLite, so that a page costs the same however many match (ranking by relevance would score every
/// match), and are counted up to <see cref="MaxCount"/>, which bounds what a count reads on PostgreSQL; actors, fewer,
/// come best match first. Merged claims, merged actors (their names find the actor they were merged into) and deleted
/// articles are not found.
/// </summary>
public static class TextSearch
{
    /// <summary>Matches past this are not counted: the page says "more than 1,000", and pages no further.</summary>
    public const int MaxCount = 1000;

    private const string Ellipsis = "…";

    private const int SnippetTokens = 32;

    /// <summary>ts_headline's settings: about as long a passage as FTS5's snippet of <see cref="SnippetTokens"/> tokens.</summary>
    private static readonly string HeadlineOptions =
        $"StartSel={Snippet.MatchStart}, StopSel={Snippet.MatchEnd}, MinWords=12, MaxWords=32, MaxFragments=2, " +
        $"FragmentDelimiter=\" {Ellipsis} \"";

    // ts_headline drops what its parser reads as a tag ("<script>"), where FTS5's snippet keeps it as text: the text's angle
    // brackets go in as private-use characters (which it reads as spaces, as FTS5 does) and come back out as themselves.
    private const char LessThanStandIn = '\uE002';
    private const char GreaterThanStandIn = '\uE003';

    /// <summary>The ids of the claims found, newest first.</summary>
    public static async Task<SearchPage<int>> SearchClaimsAsync(
        this TrackerDbContext db, SearchTerms terms, int skip, int take, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return new SearchPage<int>([], 0);
        }
        return db is PostgresTrackerDbContext
            ? await PostgresIdsAsync(db, "Claims", "MergedIntoId", terms, skip, take, cancellationToken)
            : new SearchPage<int>(
                await db.Database.SqlQuery<int>($"""
                        SELECT rowid AS Value FROM ClaimSearch WHERE ClaimSearch MATCH {terms.Fts5Query}
                        ORDER BY rowid DESC LIMIT {take} OFFSET {skip}
                        """)
                    .ToListAsync(cancellationToken),
                await SqliteCountAsync(db, "ClaimSearch", terms, cancellationToken));
    }

    /// <summary>The articles found, newest first, each with a passage around the words it matched.</summary>
    public static async Task<SearchPage<ArticleMatch>> SearchArticlesAsync(
        this TrackerDbContext db, SearchTerms terms, int skip, int take, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return new SearchPage<ArticleMatch>([], 0);
        }
        // The page's articles are chosen from the index alone; only theirs are read and their passages cut (cutting one
        // reads the whole text).
        List<ArticleRow> rows;
        int total;
        if (db is PostgresTrackerDbContext)
        {
            var found = await PostgresIdsAsync(db, "Articles", "DeletedAt", terms, skip, take, cancellationToken);
            var ids = found.Items.ToArray();
            total = found.Total;
            rows = await db.Database.SqlQuery<ArticleRow>($"""
                    SELECT a."Id", a."Headline", a."OutletId", o."Name" AS "Outlet", a."PublishedOn",
                        ts_headline('english', replace(replace(left(a."Text", 200000),
                            '<', {LessThanStandIn.ToString()}), '>', {GreaterThanStandIn.ToString()}), q, {HeadlineOptions}) AS "Snippet"
                    FROM "Articles" a LEFT JOIN "Outlets" o ON o."Id" = a."OutletId", plainto_tsquery('english', {terms.PlainText}) q
                    WHERE a."Id" = ANY({ids})
                    ORDER BY a."Id" DESC
                    """)
                .ToListAsync(cancellationToken);
        }
        else
        {
            total = await SqliteCountAsync(db, "ArticleSearch", terms, cancellationToken);
            rows = await db.Database.SqlQuery<ArticleRow>($"""
                    SELECT a.Id, a.Headline, a.OutletId, o.Name AS Outlet, a.PublishedOn,
                        snippet(ArticleSearch, 1, {Snippet.MatchStart.ToString()}, {Snippet.MatchEnd.ToString()}, {Ellipsis},
                            {SnippetTokens}) AS Snippet
                    FROM ArticleSearch JOIN Articles a ON a.Id = ArticleSearch.rowid LEFT JOIN Outlets o ON o.Id = a.OutletId
                    WHERE ArticleSearch MATCH {terms.Fts5Query} AND ArticleSearch.rowid IN (
                        SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {terms.Fts5Query}
                        ORDER BY rowid DESC LIMIT {take} OFFSET {skip})
                    ORDER BY ArticleSearch.rowid DESC
                    """)
                .ToListAsync(cancellationToken);
        }
        var items = rows
            .Select(r => new ArticleMatch(r.Id, r.Headline, r.OutletId, r.Outlet, r.PublishedOn,
                Snippet.Parse(r.Snippet.Replace(LessThanStandIn, '<').Replace(GreaterThanStandIn, '>'))))
            .ToList();
        return new SearchPage<ArticleMatch>(items, total);
    }

    /// <summary>The actors found, best first: an actor merged into another is found as that one, once.</summary>
    public static async Task<SearchPage<ActorMatch>> SearchActorsAsync(
        this TrackerDbContext db, SearchTerms terms, int skip, int take, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return new SearchPage<ActorMatch>([], 0);
        }
        // Ranks lower are better on SQLite and higher on PostgreSQL: there the rank is negated to sort alike. Plain
        // SELECTs, not WITH: EF composes the sort and the page over them.
        var found = db is PostgresTrackerDbContext
            ? db.Database.SqlQuery<ActorRow>($"""
                SELECT a."Id", a."Name", a."Kind", a."Role", found."Rank"
                FROM (
                    SELECT coalesce(a."MergedIntoId", a."Id") AS "Id", min(hits."Rank") AS "Rank"
                    FROM (
                        SELECT a."Id" AS "ActorId", -ts_rank(a."SearchVector", q)::float8 AS "Rank"
                        FROM "Actors" a, plainto_tsquery('english', {terms.PlainText}) q WHERE a."SearchVector" @@ q
                        UNION ALL
                        SELECT x."ActorId", -ts_rank(x."SearchVector", q)::float8
                        FROM "ActorAliases" x, plainto_tsquery('english', {terms.PlainText}) q WHERE x."SearchVector" @@ q) hits
                    JOIN "Actors" a ON a."Id" = hits."ActorId" GROUP BY 1) found
                JOIN "Actors" a ON a."Id" = found."Id"
                """)
            : db.Database.SqlQuery<ActorRow>($"""
                SELECT a.Id, a.Name, a.Kind, a.Role, found.Rank
                FROM (
                    SELECT coalesce(a.MergedIntoId, a.Id) AS Id, min(hits.Rank) AS Rank
                    FROM (
                        SELECT ActorSearch.rowid AS ActorId, ActorSearch.rank AS Rank
                        FROM ActorSearch WHERE ActorSearch MATCH {terms.Fts5Query}
                        UNION ALL
                        SELECT x.ActorId, ActorAliasSearch.rank
                        FROM ActorAliasSearch JOIN ActorAliases x ON x.Id = ActorAliasSearch.rowid
                        WHERE ActorAliasSearch MATCH {terms.Fts5Query}) hits
                    JOIN Actors a ON a.Id = hits.ActorId GROUP BY 1) found
                JOIN Actors a ON a.Id = found.Id
                """);
        var rows = await found.OrderBy(r => r.Rank).ThenBy(r => r.Name).ThenBy(r => r.Id).Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ActorMatch(r.Id, r.Name, Enum.Parse<ActorKind>(r.Kind), r.Role)).ToList();
        // Ordered only so that EF Core does not warn of a limit without an order; a count does not depend on it.
        var total = await found.OrderBy(r => r.Id).Take(MaxCount + 1).CountAsync(cancellationToken);
        return new SearchPage<ActorMatch>(items, total);
    }

    /// <summary>
    /// The matches in an FTS5 table (one of the code's own names, never input), counted up to one past <see cref="MaxCount"/>.
    /// </summary>
    private static Task<int> SqliteCountAsync(TrackerDbContext db, string index, SearchTerms terms, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>(FormattableStringFactory.Create(
                $"SELECT count(*) AS Value FROM (SELECT 1 FROM {index} WHERE {index} MATCH {{0}} LIMIT {MaxCount + 1})", terms.Fts5Query))
            .SingleAsync(cancellationToken);

    /// <summary>
    /// A page of the ids of the rows of <paramref name="table"/> (one of the code's own names, never input) whose SearchVector
    /// matches and whose <paramref name="goneWhenSet"/> column is null, as the partial GIN index has it, newest first, and
    /// their count. A count reads a table row for each match, so it stops past <see cref="MaxCount"/>. Then a few matches
    /// are all read from the GIN index and sorted; many are met soon enough walking the key down from the newest row.
    /// </summary>
    private static async Task<SearchPage<int>> PostgresIdsAsync(
        TrackerDbContext db, string table, string goneWhenSet, SearchTerms terms, int skip, int take, CancellationToken cancellationToken)
    {
        // Told that a thousand of 12,000 matches will do, the planner would rather read the table from the start, taking each
        // row's vector out of TOAST to test it, than ask the GIN index (seen: 64 ms against 5 ms): it is kept from that, for
        // these two queries only.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off", cancellationToken);
        var matches =
            $"SELECT \"Id\" FROM \"{table}\" WHERE \"SearchVector\" @@ plainto_tsquery('english', {{0}}) AND \"{goneWhenSet}\" IS NULL";
        var total = await db.Database.SqlQuery<int>(FormattableStringFactory.Create(
                $"SELECT count(*)::int AS \"Value\" FROM ({matches} LIMIT {MaxCount + 1}) found", terms.PlainText))
            .SingleAsync(cancellationToken);
        var found = total <= MaxCount ? $"({matches} LIMIT {MaxCount + 1})" : $"({matches})";
        var ids = await db.Database.SqlQuery<int>(FormattableStringFactory.Create(
                $"SELECT \"Id\" AS \"Value\" FROM {found} found ORDER BY \"Id\" DESC LIMIT {{1}} OFFSET {{2}}",
                terms.PlainText, take, skip))
            .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SearchPage<int>(ids, total);
    }

    /// <summary>Classes with settable members, not records: EF fills raw SQL results through them.</summary>
    private sealed class ArticleRow
    {
        public int Id { get; init; }

        public string Headline { get; init; } = "";

        public int? OutletId { get; init; }

        public string? Outlet { get; init; }

        public DateOnly? PublishedOn { get; init; }

        public string Snippet { get; init; } = "";
    }

    private sealed class ActorRow
    {
        public int Id { get; init; }

        public string Name { get; init; } = "";

        public string Kind { get; init; } = "";

        public string? Role { get; init; }

        public double Rank { get; init; }
    }
}
