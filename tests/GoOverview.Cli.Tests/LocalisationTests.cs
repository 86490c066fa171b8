using System.IO.Compression;
using System.Text.RegularExpressions;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// One localisation table for the furniture words: a document whose lang is en gets English furniture (TOC title,
/// page footer, cover, landmarks, callout label, date) in every format, and not a single Chinese character.
/// </summary>
public sealed partial class LocalisationTests
{
    private static readonly Lazy<string> Built = new(() =>
        CliRunner.BuildTestDocument(["test-data", "localisation", "english.md"], "pdf", "docx", "epub", "pptx").OutDir);

    [ToolFact("pdftotext")]
    public void Pdf_has_English_furniture()
    {
        var text = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", Path.Combine(Built.Value, "english.pdf"), "-"]).StdOut;
        Assert.Contains("Contents", text);
        Assert.Matches(@"Page 2 of \d+", text);
        Assert.Contains("Handout · ", text);
        Assert.Contains("15 January 2026", text);
        Assert.Contains("Note", text);
        AssertNoHan("pdf", text);
    }

    [Fact]
    public void Word_has_English_furniture()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Built.Value, "english.docx"));
        var body = Texts(zip, "word/document.xml");
        Assert.Contains("Contents", body);
        Assert.Contains("15 January 2026", body);
        Assert.Contains("Note", body);
        var footers = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("word/footer", StringComparison.Ordinal)).Select(e => Texts(zip, e.FullName)));
        Assert.Equal("Page 1 of 1", footers);
        AssertNoHan("docx", body + footers + string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("word/header", StringComparison.Ordinal)).Select(e => Texts(zip, e.FullName))));
    }

    [Fact]
    public void Epub_has_English_furniture()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Built.Value, "english.epub"));
        var nav = Read(zip, "EPUB/text/nav.xhtml");
        Assert.Contains(">Contents<", nav);
        Assert.Contains(">Title Page<", nav);
        Assert.Contains(">Cover<", nav);
        var all = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).Select(e => Read(zip, e.FullName)));
        Assert.Contains("Note", all);
        Assert.Contains("15 January 2026", all);
        AssertNoHan("epub", all);
    }

    [Fact]
    public void Slides_have_English_furniture()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Built.Value, "english.pptx"));
        var slides = string.Concat(zip.Entries.Where(e => SlidePart().IsMatch(e.FullName)).Select(e => Read(zip, e.FullName)));
        Assert.Contains("Note", slides);
        Assert.Contains("References", slides);
        AssertNoHan("pptx", slides);
    }

    private static void AssertNoHan(string format, string text)
    {
        var han = HanCharacter().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(han.Count == 0, $"{format} shows Chinese furniture: {string.Join("", han)}");
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The w:t texts of a WordprocessingML part (style names and aliases are not shown text).</summary>
    private static string Texts(ZipArchive zip, string name) =>
        string.Concat(WordText().Matches(Read(zip, name)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));

    [GeneratedRegex(@"<w:t(?: [^>]*)?>([^<]*)</w:t>")]
    private static partial Regex WordText();

    [GeneratedRegex(@"^ppt/slides/slide\d+\.xml$")]
    private static partial Regex SlidePart();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|[\u3000-\u303F\uFF00-\uFFEF]")]
    private static partial Regex HanCharacter();
}
