using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GoOverview.Pdf.Tests;

/// <summary>A text line read back from glyph positions: letters sharing a baseline, left to right.</summary>
public sealed record PdfLine(int Page, double Baseline, string Text, IReadOnlyList<Letter> Letters)
{
    public bool AllBold => Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).All(l => (l.FontName ?? "").Contains("Bold", StringComparison.Ordinal));
    public double MaxSize => Letters.Max(l => l.PointSize);
}

public static class PdfLines
{
    /// <summary>Lines of every page (1-based page numbers), top to bottom, grouped by baseline within 1.5 pt.</summary>
    public static List<PdfLine> Read(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var lines = new List<PdfLine>();
        foreach (var page in pdf.GetPages())
        {
            var groups = new List<List<Letter>>();
            foreach (var letter in page.Letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
            {
                var group = groups.FirstOrDefault(g => Math.Abs(BaselineOf(g) - letter.StartBaseLine.Y) < 1.5);
                if (group is null) groups.Add(group = new List<Letter>());
                group.Add(letter);
            }
            foreach (var g in groups.OrderByDescending(BaselineOf))
            {
                var ordered = g.OrderBy(l => l.StartBaseLine.X).ToList();
                lines.Add(new PdfLine(page.Number, BaselineOf(g), string.Concat(ordered.Select(l => l.Value)), ordered));
            }
        }
        return lines;
    }

    private static double BaselineOf(List<Letter> group) => group[0].StartBaseLine.Y;
}
