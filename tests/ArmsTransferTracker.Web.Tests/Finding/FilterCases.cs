using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;

namespace ArmsTransferTracker.Web.Tests.Finding;

/// <summary>One query string per filter, and the claims of <see cref="FindingWorld"/> it keeps.</summary>
public static class FilterCases
{
    public static TheoryData<string, Claim[]> Each => new()
    {
        { "supplier=Ruritania", [Claim.RuritaniaDrones, Claim.RuritaniaJets] },
        { "recipient=latveria", [Claim.RuritaniaDrones, Claim.GenoviaRifles] },
        { "category=aircraft", [Claim.RuritaniaJets] },
        { "status=asserted", [Claim.GenoviaRifles] },
        { "status=denied", [Claim.GenoviaAirDefence] },
        { "status=unconfirmed", [Claim.RuritaniaJets] },
        { "status=contested", [Claim.RuritaniaDrones] },
        { "actor=Zenda", [Claim.RuritaniaDrones, Claim.GenoviaRifles] },
        { "outlet=Genovia%20Post", [Claim.GenoviaRifles, Claim.GenoviaAirDefence] },
        { "from=2023-06-01&to=2023-06-30", [Claim.RuritaniaDrones, Claim.GenoviaRifles] },
        { "from=2023-09-01", [Claim.GenoviaRifles, Claim.GenoviaAirDefence] },
    };

    /// <summary>Bad values: the query, the parameter blamed and a word the message must show.</summary>
    public static TheoryData<string, string, string> Bad => new()
    {
        { "status=bogus", "status", "asserted" },
        { "page=0", "page", "whole number" },
        { "from=abc", "from", "2024-09-30" },
        { "to=2023-13-45", "to", "year-month-day" },
        { "pageSize=1000", "pageSize", "100" },
        { "category=tanks", "category", "armoured vehicle" },
        { "sort=random", "sort", "sources" },
        { "from=2023-09-01&to=2023-01-01", "to", "before it starts" },
    };
}
