using ArmsTransferTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ArmsTransferTracker.Web.Data;

/// <summary>The tracker's store. Pages query it directly; the schema is created by the hand-written migrations in Data/Migrations.</summary>
public sealed class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : DbContext(options)
{
    public DbSet<Outlet> Outlets => Set<Outlet>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Actor> Actors => Set<Actor>();

    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Stance> Stances => Set<Stance>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        Configure(modelBuilder.Entity<Outlet>());
        Configure(modelBuilder.Entity<Article>());
        Configure(modelBuilder.Entity<Actor>());
        Configure(modelBuilder.Entity<ActorAlias>());
        Configure(modelBuilder.Entity<Claim>());
        Configure(modelBuilder.Entity<Stance>());
        Configure(modelBuilder.Entity<Evidence>());
    }

    private static void Configure(EntityTypeBuilder<Outlet> outlet)
    {
        outlet.ToTable("Outlets");
        outlet.HasIndex(o => o.NormalizedName).IsUnique();
    }

    private static void Configure(EntityTypeBuilder<Article> article)
    {
        article.ToTable("Articles");
        article.HasIndex(a => a.ContentHash).IsUnique();
        article.HasIndex(a => a.PublishedOn);
        article.HasOne(a => a.Outlet).WithMany().HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.Restrict);
        article.HasOne(a => a.Publisher).WithMany().HasForeignKey(a => a.PublisherId).OnDelete(DeleteBehavior.Restrict);
        article.PrimitiveCollection(a => a.Authors);
        article.HasOne(a => a.CopyOf).WithMany().HasForeignKey(a => a.CopyOfId).OnDelete(DeleteBehavior.Restrict);
    }

    private static void Configure(EntityTypeBuilder<Actor> actor)
    {
        actor.ToTable("Actors");
        actor.HasIndex(a => a.NormalizedName).IsUnique();
        actor.Property(a => a.Kind).HasConversion<string>();
        actor.HasOne(a => a.Affiliation).WithMany().HasForeignKey(a => a.AffiliationId).OnDelete(DeleteBehavior.Restrict);
        actor.HasMany(a => a.Aliases).WithOne(a => a.Actor).HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void Configure(EntityTypeBuilder<ActorAlias> alias)
    {
        alias.ToTable("ActorAliases");
        alias.HasIndex(a => new { a.ActorId, a.NormalizedName }).IsUnique();
        alias.HasIndex(a => a.NormalizedName);
    }

    private static void Configure(EntityTypeBuilder<Claim> claim)
    {
        claim.ToTable("Claims");
        claim.HasIndex(c => new { c.SupplierId, c.RecipientId, c.Category }).IsUnique();
        claim.HasIndex(c => c.RecipientId);
        claim.HasOne(c => c.Supplier).WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        claim.HasOne(c => c.Recipient).WithMany().HasForeignKey(c => c.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }

    private static void Configure(EntityTypeBuilder<Stance> stance)
    {
        stance.ToTable("Stances");
        stance.HasIndex(s => new { s.ClaimId, s.ActorId, s.ArticleId }).IsUnique();
        stance.HasIndex(s => s.ActorId);
        stance.HasIndex(s => s.ArticleId);
        stance.Property(s => s.Value).HasConversion<string>();
        stance.Property(s => s.Origin).HasConversion<string>();
        stance.Property(s => s.Review).HasConversion<string>();
        stance.HasOne(s => s.Claim).WithMany(c => c.Stances).HasForeignKey(s => s.ClaimId).OnDelete(DeleteBehavior.Cascade);
        stance.HasOne(s => s.Actor).WithMany().HasForeignKey(s => s.ActorId).OnDelete(DeleteBehavior.Restrict);
        stance.HasOne(s => s.Article).WithMany(a => a.Stances).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        stance.HasMany(s => s.Evidence).WithOne(e => e.Stance).HasForeignKey(e => e.StanceId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void Configure(EntityTypeBuilder<Evidence> evidence)
    {
        evidence.ToTable("Evidence");
        evidence.HasIndex(e => new { e.StanceId, e.Position }).IsUnique();
    }
}
