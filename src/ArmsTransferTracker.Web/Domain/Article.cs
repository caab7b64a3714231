using System.Security.Cryptography;

namespace ArmsTransferTracker.Web.Domain;

/// <summary>
/// An imported article: its original bytes as uploaded and the text the extractor read out of them, which evidence offsets point into.
/// </summary>
public sealed class Article
{
    private readonly List<Stance> _stances = [];

    private Article()
    {
    }

    public Article(
        string headline,
        Outlet? outlet,
        Outlet? publisher,
        string? url,
        DateOnly? publishedOn,
        IEnumerable<string> authors,
        string? dateline,
        string text,
        ArticleSource source,
        DateTime importedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        if (importedAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The import time must be UTC.", nameof(importedAtUtc));
        }
        Headline = Names.Require(headline, nameof(headline));
        Outlet = outlet;
        // The publisher is only kept when someone other than the outlet printed the article (syndication).
        Publisher = publisher is not null && publisher.NormalizedName != outlet?.NormalizedName ? publisher : null;
        Url = Names.Optional(url);
        PublishedOn = publishedOn;
        Authors = authors.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        Dateline = Names.Optional(dateline);
        Text = text;
        FileName = Names.Require(source.FileName, nameof(source));
        ContentType = Names.Require(source.ContentType, nameof(source));
        OriginalBytes = source.Bytes.ToArray();
        ContentHash = ArticleSource.HashOf(OriginalBytes);
        ImportedAt = importedAtUtc;
    }

    public int Id { get; private set; }

    public string Headline { get; private set; } = "";

    public int? OutletId { get; private set; }

    public Outlet? Outlet { get; private set; }

    public int? PublisherId { get; private set; }

    public Outlet? Publisher { get; private set; }

    public string? Url { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public List<string> Authors { get; private set; } = [];

    public string? Dateline { get; private set; }

    /// <summary>The extracted text (headline first); evidence offsets are UTF-16 offsets into it.</summary>
    public string Text { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public byte[] OriginalBytes { get; private set; } = [];

    /// <summary>Lower-case hex SHA-256 of <see cref="OriginalBytes"/>.</summary>
    public string ContentHash { get; private set; } = "";

    public DateTime ImportedAt { get; private set; }

    public IReadOnlyCollection<Stance> Stances => _stances;

    /// <summary>A MinHash signature of the text (<see cref="TextFingerprint"/>), to recognise the same story printed elsewhere.</summary>
    public byte[]? Fingerprint { get; private set; }

    /// <summary>The article this one reprints (a wire story in a second paper); its stances count toward that original's source.</summary>
    public int? CopyOfId { get; private set; }

    public Article? CopyOf { get; private set; }

    /// <summary>When the extractor last ran over this article, and why it failed if it did.</summary>
    public DateTime? ExtractedAt { get; private set; }

    public string? ExtractionError { get; private set; }

    public bool ExtractionFailed => ExtractionError is not null;

    /// <summary>When an editor deleted it: a deleted article and its stances are hidden everywhere, and can be brought back.</summary>
    public DateTime? DeletedAt { get; private set; }

    public ArticleState State => new(DeletedAt);

    public void Delete(DateTime atUtc) => DeletedAt = RequireUtc(atUtc);

    /// <summary>Puts back a state history kept (reverting a deletion, or its revert).</summary>
    public void Restore(ArticleState state) => DeletedAt = state.DeletedAt;

    public void SetFingerprint(byte[] fingerprint) => Fingerprint = fingerprint;

    public void MarkCopyOf(Article original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (ReferenceEquals(original, this) || (original.Id != 0 && original.Id == Id))
        {
            throw new ArgumentException("An article cannot be a copy of itself.", nameof(original));
        }
        // Copies link to the first printing, never to another copy, so a story has one original however often it is reprinted.
        CopyOf = original.CopyOf ?? original;
        CopyOfId = original.CopyOfId ?? (original.Id == 0 ? null : original.Id);
    }

    public void RecordExtraction(DateTime atUtc) => (ExtractedAt, ExtractionError) = (RequireUtc(atUtc), null);

    public void RecordExtractionFailure(string reason, DateTime atUtc) =>
        (ExtractedAt, ExtractionError) = (RequireUtc(atUtc), Names.Require(reason, nameof(reason)));

    /// <summary>Replaces the text after a re-read with a newer reader; stances' evidence must be re-anchored by the caller.</summary>
    public void ReplaceText(string text, string headline)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Headline = Names.Require(headline, nameof(headline));
    }

    private static DateTime RequireUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("Times must be UTC.", nameof(value));
}

/// <summary>The part of an article an editor can change, as history keeps it before and after each change.</summary>
public sealed record ArticleState(DateTime? DeletedAt);

/// <summary>An article file as it arrived: bytes, name and content type.</summary>
public sealed record ArticleSource(ReadOnlyMemory<byte> Bytes, string FileName, string ContentType)
{
    public string ContentHash => HashOf(Bytes.Span);

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
