using ArmsTransferTracker.Extraction;
using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Import;

/// <summary>
/// Finds or creates the outlets, actors, parties and claims one import or re-extraction names, remembering the ones it has
/// created but not yet saved, and following editors' merges to the survivor. One directory serves one write.
/// </summary>
public sealed class ActorDirectory(TrackerDbContext db)
{
    /// <summary>The kind given to suppliers, recipients and affiliations first met as bare names ("Iran", "United States").</summary>
    private const ActorKind PartyKind = ActorKind.Government;

    /// <summary>
    /// Imports and re-extractions find or create outlets, actors and claims by name: they hold this while they write, one at
    /// a time, so two never create the same row.
    /// </summary>
    internal static readonly SemaphoreSlim OneWriterAtATime = new(1, 1);

    private readonly Dictionary<string, Outlet> _outlets = [];
    private readonly Dictionary<string, Actor> _actors = [];
    private readonly Dictionary<(string, string, string), Claim> _claims = [];

    public async Task<Outlet?> OutletAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var key = Names.Normalize(name);
        if (!_outlets.TryGetValue(key, out var outlet))
        {
            outlet = await db.Outlets.FirstOrDefaultAsync(o => o.NormalizedName == key, cancellationToken)
                ?? db.Outlets.Add(new Outlet(name)).Entity;
            _outlets[key] = outlet;
        }
        return outlet;
    }

    public async Task<Actor> ActorAsync(ExtractedActor extracted, CancellationToken cancellationToken)
    {
        var affiliation = string.IsNullOrWhiteSpace(extracted.Affiliation)
            ? null
            : await PartyAsync(extracted.Affiliation, cancellationToken);
        var actor = await FindActorAsync(extracted.Name, cancellationToken);
        if (actor is null)
        {
            actor = db.Actors.Add(new Actor(extracted.Name, extracted.Kind, extracted.Role, affiliation)).Entity;
            _actors[actor.NormalizedName] = actor;
        }
        else
        {
            actor.Complete(extracted.Role, ReferenceEquals(affiliation, actor) ? null : affiliation);
        }
        foreach (var alias in extracted.Aliases)
        {
            actor.AddAlias(alias);
        }
        return actor;
    }

    /// <summary>A supplier, recipient or affiliation: a country or group named without more detail.</summary>
    public async Task<Actor> PartyAsync(string name, CancellationToken cancellationToken)
    {
        var actor = await FindActorAsync(name, cancellationToken);
        if (actor is null)
        {
            actor = db.Actors.Add(new Actor(name, PartyKind)).Entity;
            _actors[actor.NormalizedName] = actor;
        }
        return actor;
    }

    public async Task<Claim> ClaimAsync(ExtractedClaim extracted, string category, CancellationToken cancellationToken)
    {
        var supplier = await PartyAsync(extracted.Supplier, cancellationToken);
        var recipient = await PartyAsync(extracted.Recipient, cancellationToken);
        var key = (supplier.NormalizedName, recipient.NormalizedName, category);
        if (!_claims.TryGetValue(key, out var claim))
        {
            var found = await db.Claims.Include(c => c.MergedInto).FirstOrDefaultAsync(
                            c => c.Supplier.NormalizedName == key.Item1 && c.Recipient.NormalizedName == key.Item2
                                && c.Category == category,
                            cancellationToken);
            // An editor merged the claim: its stances belong on the survivor.
            claim = found?.MergedInto ?? found
                ?? db.Claims.Add(new Claim(supplier, recipient, extracted.Item, category, extracted.Quantity)).Entity;
            _claims[key] = claim;
        }
        claim.Complete(extracted.Quantity);
        return claim;
    }

    /// <summary>An actor by normalised name, else the one actor that has the name as an alias.</summary>
    private async Task<Actor?> FindActorAsync(string name, CancellationToken cancellationToken)
    {
        var key = Names.Normalize(name);
        if (_actors.TryGetValue(key, out var known))
        {
            return known;
        }
        var pending = _actors.Values.Where(a => a.IsKnownAs(key)).ToList();
        if (pending.Count == 1)
        {
            return pending[0];
        }
        var actors = db.Actors.Include(a => a.Aliases).Include(a => a.MergedInto).ThenInclude(m => m!.Aliases);
        var actor = await actors.FirstOrDefaultAsync(a => a.NormalizedName == key, cancellationToken);
        if (actor is null)
        {
            var byAlias = await actors
                .Where(a => a.Aliases.Any(x => x.NormalizedName == key))
                .OrderBy(a => a.Id)
                .Take(2)
                .ToListAsync(cancellationToken);
            actor = byAlias.Count == 1 ? byAlias[0] : null;
        }
        // An editor merged the actor: what it says belongs to the survivor.
        actor = actor?.MergedInto ?? actor;
        if (actor is not null)
        {
            _actors[key] = actor;
        }
        return actor;
    }
}
