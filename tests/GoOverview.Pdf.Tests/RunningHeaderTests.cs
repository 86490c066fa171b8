using GoOverview.Model;
using UglyToad.PdfPig;

namespace GoOverview.Pdf.Tests;

/// <summary>The running header names the first H2 starting on the page, else the last H2 started before it.</summary>
public sealed class RunningHeaderTests(SeedPdf seed) : IClassFixture<SeedPdf>
{
    [Fact]
    public void Header_names_the_section_in_effect_on_every_content_page()
    {
        var h2Titles = DocumentWalker.AllBlocks(seed.Document).OfType<Heading>().Where(h => h.Level == 2)
            .Select(h => Squash(PlainText.Of(h.Content))).ToList();
        var lines = PdfLines.Read(seed.Path);
        using var pdf = PdfDocument.Open(seed.Path);
        var firstContentPage = lines.Where(l => l.AllBold && Squash(l.Text) == h2Titles[0]).Min(l => l.Page);
        string? carried = null;
        var checkedPages = 0;
        for (var page = firstContentPage; page <= pdf.NumberOfPages; page++)
        {
            var pageLines = lines.Where(l => l.Page == page).OrderByDescending(l => l.Baseline).ToList();
            var startingHere = pageLines.Skip(1).Where(l => l.AllBold && h2Titles.Contains(Squash(l.Text))).Select(l => Squash(l.Text)).ToList();
            var expected = startingHere.Count > 0 ? startingHere[0] : carried;
            if (startingHere.Count > 0) carried = startingHere[^1];
            var header = Squash(pageLines[0].Text);
            Assert.True(expected is not null && header.EndsWith(expected, StringComparison.Ordinal), $"page {page}: header '{header}', expected section '{expected}'");
            checkedPages++;
        }
        Assert.True(checkedPages >= 10);
    }

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
