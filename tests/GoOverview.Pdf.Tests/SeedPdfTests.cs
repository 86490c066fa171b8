using System.Text;
using System.Text.RegularExpressions;
using GoOverview.Model;
using GoOverview.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace GoOverview.Pdf.Tests;

/// <summary>The issue's "done when" list, checked on the seed through independent readers (pdffonts, qpdf, pdftotext, PdfPig).</summary>
public sealed partial class SeedPdfTests(SeedPdf seed) : IClassFixture<SeedPdf>
{
    private const string Closing = "，。、；：？！）」』】》〉…—”’";
    private const string Opening = "（「『【《〈“‘";

    [ToolFact("pdffonts")]
    public void Fonts_are_embedded_subset_truetype_never_type3()
    {
        var r = ExternalTool.Run("pdffonts", [seed.Path]);
        Assert.Equal(0, r.ExitCode);
        var rows = r.StdOut.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain("Type 3", r.StdOut);
        foreach (var row in rows)
        {
            Assert.Matches(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", row);
        }
    }

    [ToolFact("qpdf")]
    public void Qpdf_check_passes()
    {
        var r = ExternalTool.Run("qpdf", ["--check", seed.Path]);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [ToolFact("pdftotext")]
    public void Text_layer_holds_all_visible_source_text_in_order()
    {
        // Crop to the A4 content box so the running header and footer do not interrupt text that crosses pages.
        var r = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", "-r", "72", "-x", "0", "-y", "60", "-W", "596", "-H", "722", seed.Path, "-"]);
        Assert.Equal(0, r.ExitCode);
        var pdfText = Squash(r.StdOut);
        var position = 0;
        var missing = new List<string>();
        foreach (var block in seed.Document.Blocks)
        {
            foreach (var piece in PlainText.Of(block).Split('\n'))
            {
                var expected = Squash(piece);
                if (expected.Length == 0) continue;
                var found = pdfText.IndexOf(expected, position, StringComparison.Ordinal);
                if (found < 0) missing.Add(expected);
                else position = found + expected.Length;
            }
        }
        Assert.True(missing.Count == 0, "not found in order:\n" + string.Join("\n", missing.Take(10).Select(m => m + " [" + string.Join(" ", m.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))) + "]")));
    }

    [Fact]
    public void No_line_starts_with_closing_or_ends_with_opening_punctuation()
    {
        var bad = PdfLines.Read(seed.Path)
            .Where(l => l.Text.Trim().Length > 0)
            .Where(l => Closing.Contains(l.Text.TrimStart()[0]) || Opening.Contains(l.Text.TrimEnd()[^1]))
            .Select(l => $"p{l.Page}: {l.Text}").ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void No_line_is_a_lone_han_character()
    {
        var bad = PdfLines.Read(seed.Path)
            .Where(l => l.Text.Count(IsHan) == 1 && l.Text.All(c => IsHan(c) || char.IsWhiteSpace(c) || Closing.Contains(c) || char.IsPunctuation(c)))
            .Select(l => $"p{l.Page}: {l.Text}").ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void No_heading_is_the_last_line_of_a_page()
    {
        var lines = PdfLines.Read(seed.Path);
        var bodySize = 10.5;
        foreach (var page in lines.GroupBy(l => l.Page).Skip(2))
        {
            // The last line above the footer (the footer is the lowest line).
            var body = page.OrderByDescending(l => l.Baseline).ToList();
            var lastContent = body[^2];
            Assert.False(lastContent.AllBold && lastContent.MaxSize > bodySize,
                $"page {page.Key} ends with heading '{lastContent.Text}'");
        }
    }

    [Fact]
    public void Bookmarks_mirror_the_heading_tree()
    {
        using var pdf = PdfDocument.Open(seed.Path);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var flat = new List<(int Depth, string Title)>();
        void Walk(IEnumerable<BookmarkNode> nodes, int depth)
        {
            foreach (var n in nodes)
            {
                flat.Add((depth, n.Title));
                Walk(n.Children, depth + 1);
            }
        }
        Walk(bookmarks.Roots, 0);
        var headings = DocumentWalker.AllBlocks(seed.Document).OfType<Heading>().ToList();
        Assert.Equal(41, headings.Count);
        Assert.Equal(headings.Count, flat.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            Assert.Equal(PlainText.Of(headings[i].Content).Trim(), flat[i].Title);
            Assert.Equal(headings[i].Level - 1, flat[i].Depth);
        }
    }

    [Fact]
    public void External_links_are_uri_annotations_none_empty()
    {
        using var pdf = PdfDocument.Open(seed.Path);
        var uris = new List<string>();
        foreach (var page in pdf.GetPages())
            foreach (var a in page.GetAnnotations())
                if (a.Type == AnnotationType.Link && a.Action is UriAction u) uris.Add(u.Uri);
        // 21 links in the text, and the footnotes printing their addresses (--link-urls footnote) are links too, one
        // annotation per footnote line (a long address takes two).
        Assert.Equal(44, uris.Count);
        Assert.All(uris, u => Assert.StartsWith("http", u));
    }

    [ToolFact("pdftotext")]
    public void Every_page_but_the_cover_shows_its_number_and_the_total()
    {
        using var pdf = PdfDocument.Open(seed.Path);
        var total = pdf.NumberOfPages;
        for (var p = 1; p <= total; p++)
        {
            var text = PageText(p);
            var footer = $"第{p}页/共{total}页";
            if (p == 1) Assert.DoesNotContain(footer, text);
            else Assert.Contains(footer, text);
        }
    }

    [ToolFact("pdftotext")]
    public void Toc_lists_every_h2_and_h3_with_its_page()
    {
        var headings = DocumentWalker.AllBlocks(seed.Document).OfType<Heading>().Where(h => h.Level is 2 or 3)
            .Select(h => Squash(PlainText.Of(h.Content))).ToList();
        var lines = PdfLines.Read(seed.Path);
        var tocEntries = lines.Where(l => l.Page is 2 or 3).Select(l => TocEntry().Match(Squash(l.Text))).Where(m => m.Success)
            .Select(m => (Title: m.Groups[1].Value, Page: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(headings, tocEntries.Select(e => e.Title).ToList());
        foreach (var (title, page) in tocEntries)
        {
            var headingLine = lines.FirstOrDefault(l => l.Page > 2 && l.AllBold && l.MaxSize > 11 && Squash(l.Text) == title);
            Assert.True(headingLine is not null, $"heading '{title}' not found on a content page");
            Assert.True(page == headingLine.Page, $"TOC says '{title}' is on page {page}, it is on {headingLine.Page}");
        }
    }

    [Fact]
    public void Key_terms_are_red_in_the_bold_face()
    {
        var terms = DocumentWalker.AllInlines(seed.Document).OfType<Span>().Where(KeyTerms.IsKeyTerm)
            .Select(s => Squash(PlainText.Of(s.Content))).ToList();
        Assert.Equal(4, terms.Count);
        using var pdf = PdfDocument.Open(seed.Path);
        var red = new StringBuilder();
        foreach (var page in pdf.GetPages())
            foreach (var letter in page.Letters)
            {
                var (r, g, b) = letter.Color.ToRGBValues();
                if (r > 0.99 && g < 0.01 && b < 0.01)
                {
                    Assert.Contains("Bold", letter.FontName);
                    red.Append(letter.Value);
                }
            }
        var redText = Squash(red.ToString());
        var at = 0;
        foreach (var term in terms)
        {
            var found = redText.IndexOf(term, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"key term '{term}' is not drawn red+bold (red text: {redText})");
            at = found + term.Length;
        }
        Assert.Equal(terms.Sum(t => t.Length), redText.Length);
    }

    [Fact]
    public void File_is_at_most_300_kb() => Assert.InRange(new FileInfo(seed.Path).Length, 10_000, 300 * 1024);

    [Fact]
    public void Document_language_is_zh_cn()
    {
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(seed.Path));
        Assert.Matches(@"/Lang\s*\(zh-CN\)", raw);
    }

    private string PageText(int page)
    {
        var r = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), seed.Path, "-"]);
        return Squash(r.StdOut);
    }

    private static string Squash(string s) => Whitespace().Replace(s, "");

    private static bool IsHan(char c) => c >= 0x4E00 && c <= 0x9FFF;

    [GeneratedRegex(@"^(.*?)\.{3,}(\d+)$")]
    private static partial Regex TocEntry();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
