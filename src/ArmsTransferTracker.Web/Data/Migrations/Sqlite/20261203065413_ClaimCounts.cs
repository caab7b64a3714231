using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArmsTransferTracker.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The counts each claim keeps (its independent sources, latest date, status and last change, see Data/ClaimCounts.cs)
    /// and the indexes the list and the feed read them by, filled for the claims already there (<see cref="ClaimCountsFill"/>);
    /// the data version.
    /// </summary>
    public partial class ClaimCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_MergedIntoId",
                table: "Claims");

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedAt",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Dated",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "DenyingSources",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LatestPublishedOn",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NeutralSources",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sources",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Claims",
                type: "TEXT",
                nullable: false,
                defaultValue: "Unconfirmed");

            migrationBuilder.AddColumn<int>(
                name: "SupportingSources",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DataVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataVersions", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "DataVersions",
                columns: new[] { "Id", "Number" },
                values: new object[] { 1, 0L });

            ClaimCountsFill.Up(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Category_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "Category", "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Category_Sources_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "Category", "Sources", "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ChangedAt",
                table: "Claims",
                column: "ChangedAt",
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_MergedIntoId",
                table: "Claims",
                column: "MergedIntoId",
                filter: "\"MergedIntoId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_RecipientId_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "RecipientId", "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_RecipientId_Sources_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "RecipientId", "Sources", "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Sources_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "Sources", "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Status_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "Status", "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Status_Sources_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "Status", "Sources", "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SupplierId_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "SupplierId", "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SupplierId_Sources_Dated_LatestPublishedOn",
                table: "Claims",
                columns: new[] { "SupplierId", "Sources", "Dated", "LatestPublishedOn" },
                filter: "\"MergedIntoId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataVersions");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Category_Dated_LatestPublishedOn",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Category_Sources_Dated_LatestPublishedOn",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ChangedAt",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Dated_LatestPublishedOn",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_MergedIntoId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_RecipientId_Dated_LatestPublishedOn",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_RecipientId_Sources_Dated_LatestPublishedOn",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Sources_Dated_LatestPublishedOn",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Status_Dated_LatestPublishedOn",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Status_Sources_Dated_LatestPublishedOn",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_SupplierId_Dated_LatestPublishedOn",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_SupplierId_Sources_Dated_LatestPublishedOn",
                table: "Claims");

            // In place, not by EF's rebuild of the table, which would drop the triggers that keep ClaimSearch (TextSearch).
            foreach (var column in new[] { "ChangedAt", "Dated", "DenyingSources", "LatestPublishedOn", "NeutralSources", "Sources",
                "Status", "SupportingSources" })
            {
                migrationBuilder.Sql($"ALTER TABLE \"Claims\" DROP COLUMN \"{column}\";");
            }

            migrationBuilder.CreateIndex(
                name: "IX_Claims_MergedIntoId",
                table: "Claims",
                column: "MergedIntoId");
        }
    }
}
