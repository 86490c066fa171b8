using System.Text.Json;

namespace GoOverview.Model;

/// <summary>
/// Where the cells of a table with spans sit: for every (row, column) position the row and column of the cell that
/// covers it. Rows are counted within one part (the header alone, or the body), as spans never cross parts.
/// </summary>
public static class TableSpans
{
    public static bool Any(Table table) =>
        table.Header.Cells.Any(IsSpanning) || table.Rows.Any(r => r.Cells.Any(IsSpanning));

    private static bool IsSpanning(TableCell cell) => cell.Covered || cell.ColSpan > 1 || cell.RowSpan > 1;

    /// <summary>The origin of each position; a Covered cell that nothing covers is its own origin.</summary>
    public static (int Row, int Column)[,] Origins(IReadOnlyList<TableRow> rows, int columns)
    {
        var origins = new (int Row, int Column)[rows.Count, columns];
        var set = new bool[rows.Count, columns];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var cell = c < rows[r].Cells.Length ? rows[r].Cells[c] : null;
                if (set[r, c] && cell is null or { Covered: true }) continue;
                var rowSpan = cell is null ? 1 : Math.Clamp(cell.RowSpan, 1, rows.Count - r);
                var colSpan = cell is null ? 1 : Math.Clamp(cell.ColSpan, 1, columns - c);
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        origins[r + dr, c + dc] = (r, c);
                        set[r + dr, c + dc] = true;
                    }
            }
        }
        return origins;
    }

    /// <summary>The JSON view lists spans apart from the cells, so tables without spans read as before.</summary>
    internal static void WriteJson(Utf8JsonWriter w, Table table)
    {
        if (!Any(table)) return;
        w.WriteStartArray("spans");
        Write(w, "header", [table.Header]);
        Write(w, "body", table.Rows);
        w.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter w, string part, IReadOnlyList<TableRow> rows)
    {
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Cells.Length; c++)
            {
                var cell = rows[r].Cells[c];
                if (!IsSpanning(cell)) continue;
                w.WriteStartObject();
                w.WriteString("part", part);
                w.WriteNumber("row", r);
                w.WriteNumber("column", c);
                if (cell.Covered) w.WriteBoolean("covered", true);
                else
                {
                    w.WriteNumber("colspan", cell.ColSpan);
                    w.WriteNumber("rowspan", cell.RowSpan);
                }
                w.WriteEndObject();
            }
    }
}
