using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using ArmsTransferTracker.Web.History;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Editing;

/// <summary>What an editor tags in an article: a quote (by offsets from a selection, or pasted), who says it, about which claim.</summary>
public sealed record NewStanceRequest(
    int ArticleId,
    int? Start,
    int? End,
    string? Quote,
    string ActorName,
    ActorKind ActorKind,
    StanceValue Value,
    int? ClaimId,
    NewClaimRequest? NewClaim,
    string? Reason);

/// <summary>A claim named by its parties and goods; an existing claim with the same parties and category is used instead.</summary>
public sealed record NewClaimRequest(string Supplier, string Recipient, string Item, string Category);

/// <summary>Adds an editor's stance to an article, with its quote as evidence, and keeps the addition in history.</summary>
public sealed class NewStance(TrackerDbContext db, TimeProvider time)
{
    public async Task<EditResult> AddAsync(NewStanceRequest request, Editor editor, CancellationToken cancellationToken)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == request.ArticleId, cancellationToken);
        if (article is null)
        {
            return EditResult.NotFound($"article {request.ArticleId}");
        }
        if (FindQuote(article.Text, request) is not var (start, end))
        {
            return EditResult.Refused(string.IsNullOrWhiteSpace(request.Quote)
                ? "Select the quote in the article text, or paste it."
                : "The quote is not in the article's text: paste it exactly as the article gives it.");
        }
        if (string.IsNullOrWhiteSpace(request.ActorName))
        {
            return EditResult.Refused("Say who takes the stance: an actor's name.");
        }
        var claim = request.ClaimId is { } claimId
            ? await db.Claims.Include(c => c.Supplier).Include(c => c.Recipient)
                .SingleOrDefaultAsync(c => c.Id == claimId && c.MergedIntoId == null, cancellationToken)
            : request.NewClaim is { } newClaim ? await FindOrCreateClaimAsync(newClaim, cancellationToken) : null;
        if (claim is null)
        {
            return EditResult.Refused(request.NewClaim is null
                ? "Choose the claim the stance is about, or describe a new one."
                : $"A new claim needs a supplier, a recipient (two different actors), the goods and one of the categories: "
                    + $"{string.Join(", ", Categories.All)}.");
        }
        var actor = await db.FindActorAsync(request.ActorName, cancellationToken)
            ?? db.Actors.Add(new Actor(request.ActorName, request.ActorKind)).Entity;
        if (actor.Id != 0 && claim.Id != 0 && await db.Stances.IgnoreQueryFilters()
                .AnyAsync(s => s.ClaimId == claim.Id && s.ActorId == actor.Id && s.ArticleId == article.Id, cancellationToken))
        {
            return EditResult.Refused(
                $"{actor.Name} already has a stance on \"{claim.Sentence}\" in this article: change that one on its page.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stance = db.Stances.Add(Stance.ByEditor(claim, actor, article, request.Value, editor.Email, now)).Entity;
        stance.AddEvidence(start, end, article.Text[start..end]);
        // Saved first: the history entry needs the new ids.
        await db.SaveChangesAsync(cancellationToken);
        var summary = $"Added: {StanceEdits.Describe(stance)}";
        var change = new ChangeSet(editor.UserId, editor.Email, summary, request.Reason, now);
        // Before it was added, the stance was as good as removed: reverting the addition removes it.
        change.Record(ChangeSubject.Stance, stance.Id, stance.State with { Removed = true }, stance.State);
        db.Changes.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditResult(EditStatus.Saved, summary + ".", change.Id);
    }

    /// <summary>The quote's offsets: the selection's when they hold text, else the first place the pasted quote stands.</summary>
    private static (int Start, int End)? FindQuote(string text, NewStanceRequest request)
    {
        if (request.Start is { } start && request.End is { } end && start >= 0 && end > start && end <= text.Length
            && !string.IsNullOrWhiteSpace(text[start..end]))
        {
            // Trimmed: a selection often takes a space or a line break on either side.
            while (char.IsWhiteSpace(text[start])) { start++; }
            while (char.IsWhiteSpace(text[end - 1])) { end--; }
            return (start, end);
        }
        var quote = request.Quote?.Trim();
        if (string.IsNullOrEmpty(quote))
        {
            return null;
        }
        var found = text.IndexOf(quote, StringComparison.Ordinal);
        return found < 0 ? null : (found, found + quote.Length);
    }

    private async Task<Claim?> FindOrCreateClaimAsync(NewClaimRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Supplier) || string.IsNullOrWhiteSpace(request.Recipient)
            || string.IsNullOrWhiteSpace(request.Item)
            || !Categories.All.Contains(request.Category) || Names.Normalize(request.Supplier) == Names.Normalize(request.Recipient))
        {
            return null;
        }
        var supplier = await db.FindActorAsync(request.Supplier, cancellationToken)
            ?? db.Actors.Add(new Actor(request.Supplier, ActorKind.Government)).Entity;
        var recipient = await db.FindActorAsync(request.Recipient, cancellationToken)
            ?? db.Actors.Add(new Actor(request.Recipient, ActorKind.Government)).Entity;
        var existing = supplier.Id == 0 || recipient.Id == 0
            ? null
            : await db.Claims.Include(c => c.Supplier).Include(c => c.Recipient)
                .SingleOrDefaultAsync(c => c.SupplierId == supplier.Id && c.RecipientId == recipient.Id && c.Category == request.Category,
                    cancellationToken);
        return existing ?? db.Claims.Add(new Claim(supplier, recipient, request.Item, request.Category, null)).Entity;
    }
}
