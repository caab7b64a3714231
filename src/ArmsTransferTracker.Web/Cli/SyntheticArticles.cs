using System.Text;

namespace ArmsTransferTracker.Web.Cli;

/// <summary>
/// Generates wire-style articles of realistic length (about 4-6 KB: a headline, a byline, a dateline and a dozen
/// paragraphs mixing transfer claims, attributions, denials, quotations and background) for throughput measurements.
/// Seeded, so every run measures the same text.
/// </summary>
public static class SyntheticArticles
{
    private static readonly string[] Countries =
    [
        "Iran", "Russia", "North Korea", "China", "Turkey", "Ukraine", "Belarus", "Serbia", "Pakistan", "India",
        "Israel", "Egypt", "Sudan", "Ethiopia", "Armenia", "Azerbaijan", "France", "Germany", "Poland", "Brazil",
        "Vietnam", "Indonesia", "Algeria", "Morocco", "Nigeria", "Mali", "Venezuela", "Cuba", "Qatar", "Japan",
    ];

    private static readonly string[] Weapons =
    [
        "short-range ballistic missiles", "Shahed-type attack drones", "152 mm artillery shells", "assault rifles and ammunition",
        "air defence systems", "fighter jets", "armoured personnel carriers", "cruise missiles", "missile guidance components",
        "loitering munitions", "attack helicopters", "body armour and helmets", "main battle tanks", "anti-tank missiles",
    ];

    private static readonly string[] Quantities =
        ["several hundred", "dozens of", "more than 400", "a significant number of", "at least 12", "about 1,500"];

    private static readonly string[] Speakers =
    [
        "Defence Minister {0}", "Foreign Ministry spokesman {0}", "a senior official, {0},",
        "{0}, a spokesperson for the National Security Council,",
        "the country's ambassador to the United Nations, {0},", "Deputy Defence Minister {0}",
    ];

    private static readonly string[] Names =
    [
        "Anna Kovalenko", "Reza Shokri", "Daniel Reyes", "Paulo Andrade", "Mila Jovanović", "Karim Bensaïd", "Aiko Tanabe",
        "Oleksandr Hrytsenko", "Hannah Birk", "Tomasz Wilk", "Sadia Qureshi", "Murat Aydın", "Lin Cheng-hao",
    ];

    private static readonly string[] Background =
    [
        "The war has drawn in suppliers from several continents, "
            + "and analysts say the flow of weapons has reshaped alliances that were stable for decades.",
        "Satellite images reviewed by independent researchers showed vehicles parked beside a newly built hangar, "
            + "though the images could not show where they came from.",
        "The government has sought to balance its ties with both sides, "
            + "and officials have repeatedly said that export licences name the end user of every shipment.",
        "Sanctions imposed last year target companies accused of helping to build the weapons, "
            + "and lawmakers have called for further measures against brokers.",
        "Diplomats said the issue would be raised at a meeting of foreign ministers next month, "
            + "where several governments are expected to press for an inquiry.",
        "Prices for artillery ammunition have tripled since the start of the war "
            + "as factories struggle to expand production lines built for peacetime demand.",
    ];

    public static IReadOnlyList<string> Generate(int count, int seed = 20261122)
    {
        var random = new Random(seed);
        var articles = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            articles.Add(One(random));
        }
        return articles;
    }

    private static string One(Random random)
    {
        string Pick(string[] items) => items[random.Next(items.Length)];
        var supplier = Pick(Countries);
        var recipient = Pick(Countries.Where(c => c != supplier).ToArray());
        var weapon = Pick(Weapons);
        var speaker = string.Format(Pick(Speakers), Pick(Names));
        var denier = Pick(Names);

        var text = new StringBuilder();
        text.Append(supplier).Append(" sent ").Append(weapon).Append(" to ").Append(recipient).Append(", officials say\n");
        text.Append("By ").Append(Pick(Names)).Append(", Synthetic Wire\n\n");
        text.Append(recipient.ToUpperInvariant()).Append(" — ").Append(supplier).Append(" has shipped ")
            .Append(Pick(Quantities)).Append(' ').Append(weapon).Append(" to ").Append(recipient).Append(", ").Append(speaker)
            .Append(" said on Tuesday, adding that the deliveries had continued for months.\n\n");
        text.Append('“').Append("The shipments have not slowed down,").Append('”')
            .Append(" the official said. “We have seen the cargo arrive at the port.”\n\n");
        text.Append(supplier).Append("'s Foreign Ministry spokesman, ").Append(denier)
            .Append(", dismissed the report as baseless propaganda, saying ")
            .Append(supplier).Append(" had never sold such weapons to anyone.\n\n");
        text.Append("The Kremlin declined to comment, and officials in ").Append(Pick(Countries))
            .Append(" said they could not independently verify the claims.\n\n");
        for (var p = 0; p < 8; p++)
        {
            text.Append(Pick(Background)).Append(' ').Append(Pick(Background)).Append(' ').Append(Pick(Background)).Append("\n\n");
        }
        text.Append(Pick(Countries)).Append(" warned that it would impose sanctions if ").Append(Pick(Countries))
            .Append(" went ahead with any transfer of ").Append(Pick(Weapons)).Append(".\n");
        return text.ToString();
    }
}
