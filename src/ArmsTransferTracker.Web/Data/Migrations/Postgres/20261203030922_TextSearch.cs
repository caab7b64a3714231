using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArmsTransferTracker.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The full-text index: a stored tsvector column (English stemming) generated from each searched table's text, so
    /// every writer keeps it current, with a GIN index over the rows a search can find (deleted articles and merged claims
    /// are left out). It lives outside the EF model, which never reads it. An article's text is indexed up to its first
    /// 200,000 characters: a tsvector holds at most 1 MB, which a few megabytes of text can pass, and an article whose
    /// index overflowed could not be stored at all.
    /// </summary>
    public partial class TextSearch : Migration
    {
        private static readonly (string Table, string Vector, string Where)[] Indexes =
        [
            ("Articles", """to_tsvector('english', "Headline" || ' ' || left("Text", 200000))""",
                """ WHERE "DeletedAt" IS NULL"""),
            ("Claims", """to_tsvector('english', "Sentence" || ' ' || "Category")""", """ WHERE "MergedIntoId" IS NULL"""),
            ("Actors", """to_tsvector('english', "Name" || ' ' || coalesce("Role", ''))""", ""),
            ("ActorAliases", """to_tsvector('english', "Name")""", ""),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, vector, where) in Indexes)
            {
                migrationBuilder.Sql($"""
                    ALTER TABLE "{table}" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS ({vector}) STORED;
                    CREATE INDEX "IX_{table}_SearchVector" ON "{table}" USING GIN ("SearchVector"){where};
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _, _) in Indexes)
            {
                migrationBuilder.Sql($"""ALTER TABLE "{table}" DROP COLUMN "SearchVector";""");
            }
        }
    }
}
