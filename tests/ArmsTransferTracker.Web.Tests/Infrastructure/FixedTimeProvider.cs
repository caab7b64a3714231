namespace ArmsTransferTracker.Web.Tests.Infrastructure;

/// <summary>A clock that says what the test sets.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
