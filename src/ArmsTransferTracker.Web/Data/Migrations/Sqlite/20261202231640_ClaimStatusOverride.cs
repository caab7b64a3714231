using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArmsTransferTracker.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimStatusOverride : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StatusOverride",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusOverrideAt",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusOverrideBy",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusOverrideReason",
                table: "Claims",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StatusOverride",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "StatusOverrideAt",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "StatusOverrideBy",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "StatusOverrideReason",
                table: "Claims");
        }
    }
}
