using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ArmsTransferTracker.Web.Tests.Data;

/// <summary>
/// A SQLite database's schema read from sqlite_master and the pragmas, as sorted lines that compare and diff well. The
/// full-text index (FTS5 virtual tables, their shadow tables and triggers) is left out: the migrations build it outside
/// the model, and <see cref="FullTextIndex"/> reads it.
/// </summary>
public static class SqliteSchema
{
    // EF Core's own bookkeeping: the history of applied migrations and the lock SQLite takes while migrating.
    private static readonly string[] Bookkeeping = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    public static IReadOnlyList<string> Read(SqliteConnection connection)
    {
        var lines = new List<string>();
        var fullText = FullTextIndex(connection)
            .Where(l => l.StartsWith("fts5 ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToList();
        var tables = Query(connection,
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                r => (Name: r.GetString(0), Sql: r.GetString(1)))
            .Where(t => !Bookkeeping.Contains(t.Name))
            .Where(t => !fullText.Any(index => t.Name == index || t.Name.StartsWith(index + "_", StringComparison.Ordinal)))
            .ToList();
        foreach (var (table, sql) in tables)
        {
            lines.Add($"table {table}{(sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase) ? " autoincrement" : "")}");
            lines.AddRange(Query(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')",
                r => $"column {table}.{r.GetString(0)} {r.GetString(1)} {(r.GetInt64(2) == 1 ? "NOT NULL" : "NULL")} "
                    + $"default={(r.IsDBNull(3) ? "none" : r.GetString(3))} pk={r.GetInt64(4)}"));
            foreach (var (index, unique, origin) in Query(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')",
                         r => (r.GetString(0), r.GetInt64(1) == 1, r.GetString(2))))
            {
                var columns = Query(connection, $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno", r => r.GetString(0));
                // Automatic indexes (primary keys, UNIQUE constraints) get generated names: describe them by their columns.
                var name = origin == "c" ? index : $"({origin})";
                lines.Add($"index {table}.{name} ({string.Join(", ", columns)}){(unique ? " unique" : "")}");
            }
            lines.AddRange(Query(connection,
                $"SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{table}')",
                r => $"foreign key {table}.{r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} "
                    + $"on update {r.GetString(3)} on delete {r.GetString(4)}"));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The FTS5 tables ("fts5 NAME COLUMNS") and the triggers ("trigger NAME on TABLE"), sorted.</summary>
    public static IReadOnlyList<string> FullTextIndex(SqliteConnection connection)
    {
        var tables = Query(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'", r => r.GetString(0));
        string Columns(string table) =>
            string.Join(", ", Query(connection, $"SELECT name FROM pragma_table_info('{table}')", r => r.GetString(0)));
        var lines = tables
            .Select(t => $"fts5 {t} {Columns(t)}")
            .Concat(Query(connection, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'",
                r => $"trigger {r.GetString(0)} on {r.GetString(1)}"))
            .ToList();
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<DbDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
