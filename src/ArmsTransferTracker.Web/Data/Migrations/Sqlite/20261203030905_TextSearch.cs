using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ArmsTransferTracker.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The full-text index: an FTS5 table (porter stemming) over each searched table's text columns, reading the text from
    /// that table (external content, so article text is not stored twice), and kept in step by triggers, so every writer
    /// (import, re-extraction, edits, merges, deletions, reverts) updates it. Deleted articles and merged claims leave the
    /// index (and come back when restored), so a search counts and pages from the index alone. The index lives outside the
    /// EF model: a later migration that rebuilds one of these tables (SQLite's way to alter a column) drops its triggers
    /// and must create them again.
    /// </summary>
    public partial class TextSearch : Migration
    {
        // Each index, its table, the columns it searches, and the column whose value takes a row out of it (if any).
        private static readonly (string Index, string Table, string[] Columns, string Unless)[] Indexes =
        [
            ("ArticleSearch", "Articles", ["Headline", "Text"], "DeletedAt"),
            ("ClaimSearch", "Claims", ["Sentence", "Category"], "MergedIntoId"),
            ("ActorSearch", "Actors", ["Name", "Role"], null),
            ("ActorAliasSearch", "ActorAliases", ["Name"], null),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (index, table, columns, unless) in Indexes)
            {
                var names = string.Join(", ", columns);
                string Of(string row) => string.Join(", ", columns.Select(c => $"{row}.{c}"));
                string When(string row) => unless is null ? "" : $" WHERE {row}.{unless} IS NULL";
                var add = $"INSERT INTO {index} (rowid, {names}) SELECT new.Id, {Of("new")}{When("new")};";
                var remove = $"INSERT INTO {index} ({index}, rowid, {names}) SELECT 'delete', old.Id, {Of("old")}{When("old")};";
                var changed = unless is null ? names : $"{names}, {unless}";
                migrationBuilder.Sql($"""
                    CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{table}', content_rowid='Id',
                        tokenize='porter unicode61 remove_diacritics 2');
                    """);
                migrationBuilder.Sql($"CREATE TRIGGER {index}_Insert AFTER INSERT ON {table} BEGIN {add} END;");
                migrationBuilder.Sql($"CREATE TRIGGER {index}_Delete AFTER DELETE ON {table} BEGIN {remove} END;");
                migrationBuilder.Sql($"CREATE TRIGGER {index}_Update AFTER UPDATE OF {changed} ON {table} BEGIN {remove} {add} END;");
                // The rows already there.
                migrationBuilder.Sql($"INSERT INTO {index} (rowid, {names}) SELECT Id, {names} FROM {table}{When(table)};");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (index, _, _, _) in Indexes)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {index}_Insert;
                    DROP TRIGGER {index}_Delete;
                    DROP TRIGGER {index}_Update;
                    DROP TABLE {index};
                    """);
            }
        }
    }
}
