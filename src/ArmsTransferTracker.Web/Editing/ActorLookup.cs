using ArmsTransferTracker.Web.Data;
using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Editing;

/// <summary>Finds the actor an editor names: by name, else the one actor with that alias; a merged actor's name finds
/// the survivor.</summary>
internal static class ActorLookup
{
    public static async Task<Actor?> FindActorAsync(this TrackerDbContext db, string name, CancellationToken cancellationToken)
    {
        var key = Names.Normalize(name);
        var actor = await db.Actors.Include(a => a.MergedInto).FirstOrDefaultAsync(a => a.NormalizedName == key, cancellationToken);
        if (actor is null)
        {
            var byAlias = await db.Actors.Include(a => a.MergedInto)
                .Where(a => a.Aliases.Any(x => x.NormalizedName == key))
                .OrderBy(a => a.Id)
                .Take(2)
                .ToListAsync(cancellationToken);
            actor = byAlias.Count == 1 ? byAlias[0] : null;
        }
        return actor?.MergedInto ?? actor;
    }
}
