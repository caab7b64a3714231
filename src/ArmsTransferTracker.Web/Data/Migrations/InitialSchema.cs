using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ArmsTransferTracker.Web.Data.Migrations;

/// <summary>
/// The first schema, written by hand before the design-time tool could be installed here, and shared by both providers'
/// first migration: column types are left to the provider's mapping of each CLR type, and identity columns carry both
/// providers' annotations (each ignores the other's). Later migrations are generated per provider by dotnet-ef.
/// </summary>
internal static class InitialSchema
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Outlets",
            columns: table => new
            {
                Id = Identity(table),
                Name = table.Column<string>(nullable: false),
                NormalizedName = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Outlets", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Actors",
            columns: table => new
            {
                Id = Identity(table),
                Name = table.Column<string>(nullable: false),
                NormalizedName = table.Column<string>(nullable: false),
                Kind = table.Column<string>(nullable: false),
                Role = table.Column<string>(nullable: true),
                AffiliationId = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Actors", x => x.Id);
                table.ForeignKey("FK_Actors_Actors_AffiliationId", x => x.AffiliationId, "Actors", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ActorAliases",
            columns: table => new
            {
                Id = Identity(table),
                ActorId = table.Column<int>(nullable: false),
                Name = table.Column<string>(nullable: false),
                NormalizedName = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActorAliases", x => x.Id);
                table.ForeignKey("FK_ActorAliases_Actors_ActorId", x => x.ActorId, "Actors", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Claims",
            columns: table => new
            {
                Id = Identity(table),
                SupplierId = table.Column<int>(nullable: false),
                RecipientId = table.Column<int>(nullable: false),
                Item = table.Column<string>(nullable: false),
                Category = table.Column<string>(nullable: false),
                Quantity = table.Column<string>(nullable: true),
                Sentence = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Claims", x => x.Id);
                table.ForeignKey("FK_Claims_Actors_RecipientId", x => x.RecipientId, "Actors", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Claims_Actors_SupplierId", x => x.SupplierId, "Actors", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = Identity(table),
                Headline = table.Column<string>(nullable: false),
                OutletId = table.Column<int>(nullable: true),
                PublisherId = table.Column<int>(nullable: true),
                Url = table.Column<string>(nullable: true),
                PublishedOn = table.Column<DateOnly>(nullable: true),
                Authors = table.Column<string>(nullable: false),
                Dateline = table.Column<string>(nullable: true),
                Text = table.Column<string>(nullable: false),
                FileName = table.Column<string>(nullable: false),
                ContentType = table.Column<string>(nullable: false),
                OriginalBytes = table.Column<byte[]>(nullable: false),
                ContentHash = table.Column<string>(nullable: false),
                ImportedAt = table.Column<DateTime>(nullable: false),
                Fingerprint = table.Column<byte[]>(nullable: true),
                CopyOfId = table.Column<int>(nullable: true),
                ExtractedAt = table.Column<DateTime>(nullable: true),
                ExtractionError = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Articles", x => x.Id);
                table.ForeignKey("FK_Articles_Articles_CopyOfId", x => x.CopyOfId, "Articles", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Articles_Outlets_OutletId", x => x.OutletId, "Outlets", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Articles_Outlets_PublisherId", x => x.PublisherId, "Outlets", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Stances",
            columns: table => new
            {
                Id = Identity(table),
                ClaimId = table.Column<int>(nullable: false),
                ActorId = table.Column<int>(nullable: false),
                ArticleId = table.Column<int>(nullable: false),
                Value = table.Column<string>(nullable: false),
                Origin = table.Column<string>(nullable: false),
                RecordedBy = table.Column<string>(nullable: false),
                RecordedAt = table.Column<DateTime>(nullable: false),
                Review = table.Column<string>(nullable: false),
                ReviewedBy = table.Column<string>(nullable: true),
                ReviewedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Stances", x => x.Id);
                table.ForeignKey("FK_Stances_Actors_ActorId", x => x.ActorId, "Actors", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Stances_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Stances_Claims_ClaimId", x => x.ClaimId, "Claims", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Evidence",
            columns: table => new
            {
                Id = Identity(table),
                StanceId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Start = table.Column<int>(nullable: false),
                End = table.Column<int>(nullable: false),
                Text = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Evidence", x => x.Id);
                table.ForeignKey("FK_Evidence_Stances_StanceId", x => x.StanceId, "Stances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ActorAliases_ActorId_NormalizedName", "ActorAliases", ["ActorId", "NormalizedName"], unique: true);
        migrationBuilder.CreateIndex("IX_ActorAliases_NormalizedName", "ActorAliases", "NormalizedName");
        migrationBuilder.CreateIndex("IX_Actors_AffiliationId", "Actors", "AffiliationId");
        migrationBuilder.CreateIndex("IX_Actors_NormalizedName", "Actors", "NormalizedName", unique: true);
        migrationBuilder.CreateIndex("IX_Articles_ContentHash", "Articles", "ContentHash", unique: true);
        migrationBuilder.CreateIndex("IX_Articles_CopyOfId", "Articles", "CopyOfId");
        migrationBuilder.CreateIndex("IX_Articles_OutletId", "Articles", "OutletId");
        migrationBuilder.CreateIndex("IX_Articles_PublishedOn", "Articles", "PublishedOn");
        migrationBuilder.CreateIndex("IX_Articles_PublisherId", "Articles", "PublisherId");
        migrationBuilder.CreateIndex("IX_Claims_RecipientId", "Claims", "RecipientId");
        migrationBuilder.CreateIndex("IX_Claims_SupplierId_RecipientId_Category", "Claims", ["SupplierId", "RecipientId", "Category"], unique: true);
        migrationBuilder.CreateIndex("IX_Evidence_StanceId_Position", "Evidence", ["StanceId", "Position"], unique: true);
        migrationBuilder.CreateIndex("IX_Outlets_NormalizedName", "Outlets", "NormalizedName", unique: true);
        migrationBuilder.CreateIndex("IX_Stances_ActorId", "Stances", "ActorId");
        migrationBuilder.CreateIndex("IX_Stances_ArticleId", "Stances", "ArticleId");
        migrationBuilder.CreateIndex("IX_Stances_ClaimId_ActorId_ArticleId", "Stances", ["ClaimId", "ActorId", "ArticleId"], unique: true);
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Evidence");
        migrationBuilder.DropTable("Stances");
        migrationBuilder.DropTable("Articles");
        migrationBuilder.DropTable("Claims");
        migrationBuilder.DropTable("ActorAliases");
        migrationBuilder.DropTable("Actors");
        migrationBuilder.DropTable("Outlets");
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
