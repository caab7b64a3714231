using System.Globalization;
using System.Text;
using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.History;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// Writes a <see cref="SyntheticClaims"/> plan into the database through the domain's own constructors, in steps of a few
/// thousand rows, each in a fresh context that neither detects changes nor recounts claims on saving; the last step counts every
/// claim's sources once (<see cref="ClaimCounts"/>). Times are derived from the plan, not the clock, so the same plan
/// writes the same rows.
/// </summary>
public sealed class SyntheticWriter(IServiceProvider services, SyntheticClaims plan)
{
    public const string Editor = "editor@example.org";

    private const int ClaimsPerStep = 10_000;
    private const int ArticlesPerStep = 2_000;

    private static readonly DateTime EditedAt = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly int[] _actorIds = new int[plan.Speakers.Count];
    private readonly int[] _outletIds = new int[plan.Outlets.Count];
    private readonly int[] _claimIds = new int[plan.Claims.Count];

    /// <summary>The steps in order; each says what it wrote.</summary>
    public IReadOnlyList<Func<CancellationToken, Task<string>>> Steps()
    {
        var steps = new List<Func<CancellationToken, Task<string>>> { WriteActorsAndOutletsAsync };
        for (var first = 0; first < plan.Claims.Count; first += ClaimsPerStep)
        {
            var range = (first, Math.Min(plan.Claims.Count, first + ClaimsPerStep));
            steps.Add(cancellationToken => WriteClaimsAsync(range, cancellationToken));
        }
        steps.Add(WriteMergesAndStatusesAsync);
        for (var first = 0; first < plan.Articles.Count; first += ArticlesPerStep)
        {
            var range = (first, Math.Min(plan.Articles.Count, first + ArticlesPerStep));
            steps.Add(cancellationToken => WriteArticlesAsync(range, cancellationToken));
        }
        steps.Add(CountAsync);
        return steps;
    }

    private async Task<T> InContextAsync<T>(Func<TrackerDbContext, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return await work(db);
    }

    private Task<string> WriteActorsAndOutletsAsync(CancellationToken cancellationToken) => InContextAsync(async db =>
    {
        var actors = new List<Actor>(plan.Speakers.Count);
        foreach (var speaker in plan.Speakers)
        {
            var actor = new Actor(speaker.Name, speaker.Kind, speaker.Role, speaker.Party is { } party ? actors[party] : null);
            if (SyntheticClaims.PartyAliases.TryGetValue(speaker.Name, out var alias))
            {
                actor.AddAlias(alias);
            }
            actors.Add(actor);
        }
        var outlets = plan.Outlets.Select(name => new Outlet(name)).ToList();
        db.Actors.AddRange(actors);
        db.Outlets.AddRange(outlets);
        await db.SaveUncountedChangesAsync(cancellationToken);
        for (var i = 0; i < actors.Count; i++) _actorIds[i] = actors[i].Id;
        for (var i = 0; i < outlets.Count; i++) _outletIds[i] = outlets[i].Id;
        return $"{actors.Count:N0} actors and {outlets.Count:N0} outlets";
    });

    private Task<string> WriteClaimsAsync((int First, int End) range, CancellationToken cancellationToken) => InContextAsync(async db =>
    {
        var parties = await ActorsAsync(db, _actorIds.Take(plan.Parties.Count), cancellationToken);
        var claims = plan.Claims.Take(range.End).Skip(range.First)
            .Select(c => new Claim(parties[_actorIds[c.Supplier]], parties[_actorIds[c.Recipient]], c.Item, c.Category, c.Quantity))
            .ToList();
        db.Claims.AddRange(claims);
        await db.SaveUncountedChangesAsync(cancellationToken);
        for (var i = 0; i < claims.Count; i++) _claimIds[range.First + i] = claims[i].Id;
        return $"claims {range.First + 1:N0} to {range.End:N0}";
    });

    /// <summary>Merges and statuses as editors make them: a status with its change in history, so claim pages list it.</summary>
    private Task<string> WriteMergesAndStatusesAsync(CancellationToken cancellationToken) => InContextAsync(async db =>
    {
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var ids = plan.Merges.SelectMany(m => new[] { m.Key, m.Value }).Concat(plan.Statuses.Select(s => s.Claim))
            .Select(i => _claimIds[i]).Distinct().ToList();
        var claims = await db.Claims.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var (merged, into) in plan.Merges)
        {
            claims[_claimIds[merged]].MergeInto(claims[_claimIds[into]]);
        }
        foreach (var (status, i) in plan.Statuses.Select((s, i) => (s, i)))
        {
            var claim = claims[_claimIds[status.Claim]];
            var before = claim.State;
            var at = EditedAt.AddMinutes(i);
            claim.OverrideStatus(status.Status, status.Reason, Editor, at);
            var change = new ChangeSet(Editor, Editor,
                $"Set the status of \"{claim.Sentence}\" to {status.Status.ToString().ToLowerInvariant()}", status.Reason, at);
            change.Record(ChangeSubject.Claim, claim.Id, before, claim.State);
            db.Changes.Add(change);
        }
        await db.SaveUncountedChangesAsync(cancellationToken);
        return $"{plan.Merges.Count:N0} claims merged, {plan.Statuses.Count:N0} with an editor's status";
    });

    private Task<string> WriteArticlesAsync((int First, int End) range, CancellationToken cancellationToken) => InContextAsync(async db =>
    {
        var articles = plan.Articles.Take(range.End).Skip(range.First).ToList();
        var claimIds = articles.SelectMany(a => a.Stances).Select(s => _claimIds[s.Claim]).Distinct().ToList();
        var claims = await db.Claims.Where(c => claimIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var actors = await ActorsAsync(db, _actorIds, cancellationToken);
        var outlets = await db.Outlets.ToDictionaryAsync(o => o.Id, cancellationToken);
        var stances = new List<Stance>();
        for (var i = 0; i < articles.Count; i++)
        {
            var planned = articles[i];
            var outlet = outlets[_outletIds[planned.Outlet]];
            var original = Write(planned, planned.Stances, outlet, null, "");
            stances.AddRange(Stances(original, planned.Stances));
            if (plan.Reprints.TryGetValue(range.First + i, out var reprint))
            {
                var publisher = outlets[_outletIds[reprint.Publisher]];
                var copied = planned.Stances.Take(reprint.Stances).ToList();
                var copy = Write(planned, copied, outlet, publisher, $"Reprinted from {outlet.Name}.\n\n");
                copy.Article.MarkCopyOf(original.Article);
                stances.AddRange(Stances(copy, copied));
            }
        }
        db.Stances.AddRange(stances);
        await db.SaveUncountedChangesAsync(cancellationToken);
        return $"articles {range.First + 1:N0} to {range.End:N0}";

        IEnumerable<Stance> Stances((Article Article, List<(int Start, int End)> Spans) written,
            IReadOnlyList<SyntheticClaims.StancePlan> planned) =>
            planned.Select((s, i) =>
            {
                var (article, (start, end)) = (written.Article, written.Spans[i]);
                var stance = Stance.Extracted(claims[_claimIds[s.Claim]], actors[_actorIds[s.Speaker]], article, s.Value,
                    0.5 + (s.Speaker % 50 / 100.0), ["synthetic"], article.ImportedAt);
                stance.AddEvidence(start, end, article.Text[start..end]);
                return stance;
            }).ToList();
    });

    private Task<string> CountAsync(CancellationToken cancellationToken) => InContextAsync(async db =>
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await ClaimCounts.RecountAllAsync(db, cancellationToken);
        return "sources counted";
    });

    private static Task<Dictionary<int, Actor>> ActorsAsync(TrackerDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        return db.Actors.Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>An article of one sentence per stance, each a paragraph of its own and the stance's evidence (its span).</summary>
    private (Article Article, List<(int Start, int End)> Spans) Write(
        SyntheticClaims.ArticlePlan article, IReadOnlyList<SyntheticClaims.StancePlan> stances, Outlet outlet, Outlet? publisher,
        string credit)
    {
        var first = plan.Claims[stances[0].Claim];
        var headline = $"Reports of {first.Item} from {plan.Parties[first.Supplier]} to {plan.Parties[first.Recipient]}";
        var text = new StringBuilder(credit).Append(headline);
        var spans = new List<(int Start, int End)>(stances.Count);
        foreach (var (stance, i) in stances.Select((s, i) => (s, i)))
        {
            var start = text.Append("\n\n").Length;
            spans.Add((start, text.Append(Sentence(stance, article.Number + i)).Length));
        }
        text.Append(CultureInfo.InvariantCulture, $"\n\n(Synthetic report {article.Number}, written for load tests.)\n");
        var day = article.PublishedOn ?? new DateOnly(2015, 1, 1).AddDays(article.Number % 4_300);
        var importedAt = day.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc)
            .AddMinutes(article.Number % 720 + (publisher is null ? 0 : 1));
        var slug = outlet.NormalizedName.Replace(' ', '-');
        var body = text.ToString();
        var fileName = publisher is null ? $"synthetic-{article.Number}.txt" : $"synthetic-{article.Number}-reprint.txt";
        return (new Article(headline, outlet, publisher, $"https://{slug}.example/{day:yyyy/MM/dd}/{fileName}", article.PublishedOn,
            [$"{outlet.Name} staff"], null, body, new ArticleSource(Encoding.UTF8.GetBytes(body), fileName, "text/plain"), importedAt),
            spans);
    }

    private string Sentence(SyntheticClaims.StancePlan stance, int variant)
    {
        var claim = plan.Claims[stance.Claim];
        var speaker = plan.Speakers[stance.Speaker].Name;
        var (supplier, recipient) = (plan.Parties[claim.Supplier], plan.Parties[claim.Recipient]);
        var goods = claim.Quantity is null ? claim.Item : $"{claim.Quantity} {claim.Item}";
        return (stance.Value, variant % 2) switch
        {
            (StanceValue.Supports, 0) => $"{speaker} said {supplier} had sent {goods} to {recipient}.",
            (StanceValue.Supports, _) => $"According to {speaker}, {supplier} has delivered {goods} to {recipient}.",
            (StanceValue.Denies, 0) => $"{speaker} denied that {supplier} had supplied {goods} to {recipient}.",
            (StanceValue.Denies, _) => $"{speaker} rejected reports that {supplier} sent {goods} to {recipient}.",
            _ => $"{speaker} declined to say whether {supplier} had sent {goods} to {recipient}.",
        };
    }
}
