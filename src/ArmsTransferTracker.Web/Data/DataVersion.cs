using Microsoft.EntityFrameworkCore;

namespace ArmsTransferTracker.Web.Data;

/// <summary>
/// The one row whose number every save that changes what the pages show (claims, stances, their quotes, articles, outlets,
/// actors, history) raises, in that save's transaction: what was computed from those rows under one number (a list's total,
/// a rendered page) holds until the next, on every instance of the app.
/// </summary>
public sealed class DataVersion
{
    public const int Key = 1;

    private DataVersion()
    {
    }

    public int Id { get; private set; }

    public long Number { get; private set; }
}

/// <summary>The data version as a request first reads it: one query however many parts of the request ask.</summary>
public sealed class RequestDataVersion(TrackerDbContext db)
{
    private long? _number;

    public async Task<long> ReadAsync(CancellationToken cancellationToken) =>
        _number ??= await db.DataVersions.AsNoTracking().Select(v => v.Number).SingleAsync(cancellationToken);
}
