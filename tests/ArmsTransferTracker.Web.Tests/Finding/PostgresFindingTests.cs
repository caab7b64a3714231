using System.Net.Http.Json;
using System.Text.Json;
using ArmsTransferTracker.Web.Tests.Infrastructure;
using static ArmsTransferTracker.Web.Tests.Finding.FindingWorld;

namespace ArmsTransferTracker.Web.Tests.Finding;

/// <summary>The filters, sorts and paging translate to PostgreSQL too.</summary>
public sealed class PostgresFindingTests(PostgresFindingFactory postgres) : IClassFixture<PostgresFindingFactory>
{
    [PostgresFact]
    public async Task Each_filter_and_sort_answers_on_postgres_as_on_sqlite()
    {
        var ids = await IdsAsync(postgres.Factory);
        var client = postgres.Factory.CreateClient();
        async Task<List<int>> FindAsync(string query)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/api/claims?{query}&pageSize=100");
            return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Intersect(ids.Values)];
        }

        foreach (var (query, expected) in FilterCases.Each.Select(row => ((string)row[0], (Claim[])row[1])))
        {
            (await FindAsync(query)).Should().BeEquivalentTo(expected.Select(c => ids[c]), query);
        }
        (await FindAsync("supplier=Ruritania&sort=sources")).Should().Equal(ids[Claim.RuritaniaJets], ids[Claim.RuritaniaDrones]);
        (await FindAsync("supplier=Ruritania&sort=latest")).Should().Equal(ids[Claim.RuritaniaDrones], ids[Claim.RuritaniaJets]);
        (await client.GetAsync($"/?actor=Zenda&from=2023-01-01")).EnsureSuccessStatusCode();
    }
}
