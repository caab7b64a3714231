using Microsoft.EntityFrameworkCore.Migrations;

namespace ArmsTransferTracker.Web.Data.Migrations.Postgres;

/// <summary>
/// The first schema (<see cref="InitialSchema"/>), under the id databases created before the split already record; its
/// designer file is the tool's model of that schema, so the next migrations are generated against it.
/// </summary>
public partial class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => InitialSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => InitialSchema.Down(migrationBuilder);
}
