using System.Security.Cryptography;
using System.Text;
using ArmsTransferTracker.Web.Domain;

namespace ArmsTransferTracker.Web.Accounts;

/// <summary>
/// A personal token for the import API (<c>Authorization: Bearer ...</c>). Only its SHA-256 is stored: the secret is shown
/// once, when it is issued. It acts with its owner's role, and stops working when revoked or when the owner is removed.
/// </summary>
public sealed class ApiToken
{
    public const string SecretPrefix = "att_";

    private ApiToken()
    {
    }

    private ApiToken(string userId, string name, string hash, string hint, DateTime createdAtUtc)
    {
        UserId = userId;
        Name = name;
        Hash = hash;
        Hint = hint;
        CreatedAt = createdAtUtc;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = "";

    public TrackerUser User { get; private set; } = null!;

    /// <summary>What its owner called it ("newsroom scraper").</summary>
    public string Name { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>The secret's first characters, to tell tokens apart on the account page.</summary>
    public string Hint { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? LastUsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>A new token for <paramref name="user"/>, and its secret, which is not kept.</summary>
    public static (ApiToken Token, string Secret) Issue(TrackerUser user, string name, DateTime createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken(user.Id, Names.Require(name, nameof(name)), HashOf(secret), secret[..(SecretPrefix.Length + 6)],
            RequireUtc(createdAtUtc));
        return (token, secret);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public void MarkUsed(DateTime atUtc) => LastUsedAt = RequireUtc(atUtc);

    public void Revoke(DateTime atUtc) => RevokedAt ??= RequireUtc(atUtc);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static DateTime RequireUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("Times must be UTC.", nameof(value));
}
