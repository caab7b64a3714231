using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Domain;

/// <summary>Someone who takes a stance on a claim, or a party to a transfer (a country, an armed group). One row per normalised name.</summary>
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
    }
}

/// <summary>Another name under which an actor appears ("Blinken" for "Antony Blinken").</summary>
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
