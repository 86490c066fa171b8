using GoOverview.Model;
using Xunit;

namespace GoOverview.Model.Tests;

/// <summary>The origin of every position of a table with spans (what writers that know spans draw from).</summary>
public sealed class TableSpansTests
{
    private static TableCell C(string text, int colSpan = 1, int rowSpan = 1) => new([new Text(text)]) { ColSpan = colSpan, RowSpan = rowSpan };

    private static readonly TableCell Covered = new([]) { Covered = true };

    [Fact]
    public void EachCoveredPositionPointsAtTheCellSpanningIt()
    {
        TableRow[] rows =
        [
            new([C("a", rowSpan: 2), C("b", colSpan: 2), Covered]),
            new([Covered, C("c"), C("d")]),
            new([C("e", colSpan: 3), Covered, Covered]),
        ];
        var origins = TableSpans.Origins(rows, 3);
        Assert.Equal((0, 0), origins[1, 0]);
        Assert.Equal((0, 1), origins[0, 2]);
        Assert.Equal((1, 1), origins[1, 1]);
        Assert.Equal((2, 0), origins[2, 2]);
    }

    [Fact]
    public void SpansPastTheTableAreCutAndAStrayCoveredCellIsItsOwnOrigin()
    {
        TableRow[] rows = [new([C("a", colSpan: 9, rowSpan: 9), Covered]), new([Covered, Covered])];
        var origins = TableSpans.Origins(rows, 2);
        Assert.Equal((0, 0), origins[1, 1]);
        Assert.Equal((0, 0), TableSpans.Origins([new TableRow([Covered])], 1)[0, 0]);
    }

    private static string Json(Table table)
    {
        using var stream = new MemoryStream();
        ModelJson.Write(new Document(Metadata.Empty, [table], [], "t.md", null), stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace(" ", "").Replace("\n", "");
    }

    [Fact]
    public void TheJsonViewListsSpansOnlyWhenThereAreAny()
    {
        var plain = new Table([ColumnAlignment.Default], new TableRow([C("h")]), [new TableRow([C("x")])], Attr.Empty);
        Assert.DoesNotContain("spans", Json(plain));
        var spanned = plain with { Alignments = [ColumnAlignment.Default, ColumnAlignment.Default], Header = new TableRow([C("h"), C("i")]), Rows = [new TableRow([C("x", colSpan: 2), Covered])] };
        var json = Json(spanned);
        Assert.Contains("\"spans\"", json);
        Assert.Contains("\"colspan\":2", json);
    }
}
