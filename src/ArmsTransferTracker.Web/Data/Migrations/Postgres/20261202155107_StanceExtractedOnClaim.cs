using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArmsTransferTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StanceExtractedOnClaim : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ExtractedOnClaimId",
                table: "Stances",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExtractedOnClaimId",
                table: "Stances");
        }
    }
}
