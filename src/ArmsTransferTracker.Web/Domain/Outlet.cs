namespace ArmsTransferTracker.Web.Domain;

/// <summary>A news organisation that writes or publishes articles.</summary>
public sealed class Outlet
{
    private Outlet()
    {
    }

    public Outlet(string name)
    {
        Name = Names.Require(name, nameof(name));
        NormalizedName = Names.Normalize(Name);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string NormalizedName { get; private set; } = "";
}
