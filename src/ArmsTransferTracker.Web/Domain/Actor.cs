using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Domain;

/// <summary>The part of an actor an editor can change, as history keeps it before and after each change.</summary>
public sealed record ActorState(ActorKind Kind, string? Role, int? AffiliationId, int? MergedIntoId);

/// <summary>
/// Someone who takes a stance on a claim, or a party to a transfer (a country, an armed group). One row per normalised name.
/// </summary>
public sealed class Actor
{
    private readonly List<ActorAlias> _aliases = [];

    private Actor()
    {
    }

    public Actor(string name, ActorKind kind, string? role = null, Actor? affiliation = null)
    {
        Name = Names.Require(name, nameof(name));
        NormalizedName = Names.Normalize(Name);
        Kind = kind;
        Role = Names.Optional(role);
        SetAffiliation(affiliation);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string NormalizedName { get; private set; } = "";

    public ActorKind Kind { get; private set; }

    public string? Role { get; private set; }

    /// <summary>The country actor this actor speaks for or belongs to, if any.</summary>
    public int? AffiliationId { get; private set; }

    public Actor? Affiliation { get; private set; }

    public IReadOnlyCollection<ActorAlias> Aliases => _aliases;

    /// <summary>The actor an editor merged this one into: its names are that actor's names, and its address leads there.</summary>
    public int? MergedIntoId { get; private set; }

    public Actor? MergedInto { get; private set; }

    /// <summary>Bumped by every editor's change: two editors saving from the same version cannot both succeed.</summary>
    public int Version { get; private set; }

    public ActorState State => new(Kind, Role, AffiliationId, MergedIntoId);

    /// <summary>An editor says what the actor is, what post it holds and whom it speaks for.</summary>
    public void Describe(ActorKind kind, string? role, Actor? affiliation)
    {
        (Kind, Role) = (kind, Names.Optional(role));
        SetAffiliation(affiliation);
        Version++;
    }

    /// <summary>This actor is <paramref name="target"/> under another name: its stances and claims move there
    /// (the caller moves them).</summary>
    public void MergeInto(Actor target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (ReferenceEquals(target, this) || target.MergedIntoId is not null)
        {
            throw new ArgumentException("An actor merges into another actor that is not itself merged.", nameof(target));
        }
        (MergedInto, MergedIntoId) = (target, target.Id);
        Version++;
    }

    /// <summary>Puts back a state history kept, with the affiliation and the actor it names.</summary>
    public void Restore(ActorState state, Actor? affiliation, Actor? mergedInto)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (affiliation?.Id != state.AffiliationId || mergedInto?.Id != state.MergedIntoId)
        {
            throw new ArgumentException("The actors must be the ones the state names.", nameof(state));
        }
        (Kind, Role) = (state.Kind, state.Role);
        SetAffiliation(affiliation);
        (MergedInto, MergedIntoId) = (mergedInto, mergedInto?.Id);
        Version++;
    }

    public bool IsKnownAs(string normalizedName) =>
        NormalizedName == normalizedName || _aliases.Any(a => a.NormalizedName == normalizedName);

    /// <summary>Adds another name for this actor unless it is already known; returns whether it was added.</summary>
    public bool AddAlias(string alias)
    {
        if (string.IsNullOrWhiteSpace(alias) || IsKnownAs(Names.Normalize(alias)))
        {
            return false;
        }
        _aliases.Add(new ActorAlias(this, alias));
        return true;
    }

    /// <summary>Fills in what an earlier source left unknown; never overwrites what is already known.</summary>
    public void Complete(string? role, Actor? affiliation)
    {
        Role ??= Names.Optional(role);
        if (Affiliation is null && AffiliationId is null && affiliation is not null)
        {
            SetAffiliation(affiliation);
        }
    }

    private void SetAffiliation(Actor? affiliation)
    {
        if (affiliation is not null && ReferenceEquals(affiliation, this))
        {
            throw new ArgumentException("An actor cannot be affiliated with itself.", nameof(affiliation));
        }
        Affiliation = affiliation;
        // A new affiliation has no id yet: EF sets the key from the navigation when it saves.
        if (affiliation is null || affiliation.Id != 0)
        {
            AffiliationId = affiliation?.Id;
        }
    }
}

/// <summary>Another name under which an actor appears ("Blinken" for "Mara Ellison").</summary>
public sealed class ActorAlias
{
    private ActorAlias()
    {
    }

    internal ActorAlias(Actor actor, string name)
    {
        Actor = actor;
        Name = Names.Require(name, nameof(name));
        NormalizedName = Names.Normalize(Name);
    }

    public int Id { get; private set; }

    public int ActorId { get; private set; }

    public Actor Actor { get; private set; } = null!;

    public string Name { get; private set; } = "";

    public string NormalizedName { get; private set; } = "";
}
