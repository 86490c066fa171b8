using System.Globalization;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using UglyToad.PdfPig.Content;

namespace GoOverview.Pdf.Tests;

/// <summary>
/// Total-fit line breaking, measured from the glyph positions PdfPig reads back: between two Han characters of a
/// justified line no gap is stretched by more than 0.05 em (greedy breaking left gaps of +0.11 em).
/// </summary>
public sealed class HanGapStretchTests(SeedPdf seed) : IClassFixture<SeedPdf>
{
    private const double MaxStretchEm = 0.05;

    [Fact]
    public void No_han_gap_on_the_seed_stretches_more_than_a_twentieth_em()
    {
        var worst = HanGapStretch.Measure(seed.Path).GroupBy(g => (g.Page, g.Line))
            .Select(line => line.MaxBy(g => g.StretchEm)!).OrderByDescending(g => g.StretchEm).Take(8).ToList();
        Assert.NotEmpty(worst);
        Assert.True(worst[0].StretchEm <= MaxStretchEm, "loosest lines:\n" + string.Join("\n", worst));
    }

    [Fact]
    public void Nor_on_the_seed_with_a_serif_body()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.ReadSeed(diagnostics), diagnostics, new PdfOptions { BodyFont = GoOverview.Fonts.BodyFont.Serif });
        var worst = HanGapStretch.Measure(path).MaxBy(g => g.StretchEm)!;
        Assert.True(worst.StretchEm <= MaxStretchEm, worst.ToString());
    }

    [ToolFact("pdffonts")]
    public void The_sans_seed_embeds_exactly_the_two_sans_faces() =>
        Assert.Equal(["NotoSansSC-Bold", "NotoSansSC-Regular"], PdfFonts.Names(seed.Path));
}

/// <summary>One gap between two Han characters: how far apart they are beyond one em, in ems.</summary>
public sealed record HanGap(int Page, double StretchEm, string Line)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p.{Page} +{StretchEm:0.000} em  {Line}");
}

public static class HanGapStretch
{
    /// <summary>Every Han–Han gap of every line (the gap's stretch is the extra distance over the em advance).</summary>
    public static IEnumerable<HanGap> Measure(string pdfPath)
    {
        foreach (var line in PdfLines.Read(pdfPath))
        {
            for (var i = 0; i + 1 < line.Letters.Count; i++)
            {
                Letter a = line.Letters[i], b = line.Letters[i + 1];
                if (!IsHan(a.Value) || !IsHan(b.Value) || Math.Abs(a.PointSize - b.PointSize) > 0.01) continue;
                var stretch = (b.StartBaseLine.X - a.StartBaseLine.X) / a.PointSize - 1;
                // Over half an em is not justification but two pieces of text on one baseline (header left and right).
                if (stretch < 0.5) yield return new HanGap(line.Page, stretch, line.Text);
            }
        }
    }

    private static bool IsHan(string s) => s.Length == 1 && s[0] >= 0x4E00 && s[0] <= 0x9FFF;
}
