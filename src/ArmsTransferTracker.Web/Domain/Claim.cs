using ArmsTransferTracker.Extraction;

namespace ArmsTransferTracker.Web.Domain;

/// <summary>A transfer claim: supplier sent an item of a category to recipient. One row per supplier, recipient and category, whatever the number of articles.</summary>
public sealed class Claim
{
    private readonly List<Stance> _stances = [];

    private Claim()
    {
    }

    public Claim(Actor supplier, Actor recipient, string item, string category, string? quantity)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        ArgumentNullException.ThrowIfNull(recipient);
        if (!Categories.All.Contains(category))
        {
            throw new ArgumentException($"Unknown category '{category}'.", nameof(category));
        }
        Supplier = supplier;
        Recipient = recipient;
        Item = Names.Require(item, nameof(item));
        Category = category;
        Quantity = Names.Optional(quantity);
        Sentence = $"{supplier.Name} transferred {Item} to {recipient.Name}";
    }

    public int Id { get; private set; }

    public int SupplierId { get; private set; }

    public Actor Supplier { get; private set; } = null!;

    public int RecipientId { get; private set; }

    public Actor Recipient { get; private set; } = null!;

    public string Item { get; private set; } = "";

    /// <summary>One of <see cref="Categories.All"/>.</summary>
    public string Category { get; private set; } = "";

    public string? Quantity { get; private set; }

    /// <summary>The canonical sentence, e.g. "Iran transferred short-range ballistic missiles to Russia".</summary>
    public string Sentence { get; private set; } = "";

    public IReadOnlyCollection<Stance> Stances => _stances;

    /// <summary>Fills in a quantity an earlier source did not give.</summary>
    public void Complete(string? quantity) => Quantity ??= Names.Optional(quantity);
}
