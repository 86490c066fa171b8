using DocumentFormat.OpenXml.Wordprocessing;
using BulletList = GoOverview.Model.BulletList;
using DocumentWalker = GoOverview.Model.DocumentWalker;
using Link = GoOverview.Model.Link;
using OrderedList = GoOverview.Model.OrderedList;
using GoOverview.Word.Tests.Support;
using static GoOverview.Word.Tests.Support.DocxQuery;

namespace GoOverview.Word.Tests;

/// <summary>The seed as Word sees it: styles, links, key terms, numbering, East Asian settings.</summary>
public sealed class SeedStructureTests
{
    [Fact]
    public void Has_41_heading_paragraphs_with_built_in_heading_styles()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var headings = Body(doc).Elements<Paragraph>()
            .Select(p => ParagraphStyle(p))
            .Where(id => id is not null && (StyleById(doc, id).StyleName?.Val?.Value ?? "").StartsWith("heading ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(41, headings.Count);
        Assert.Equal(1, headings.Count(id => id == "Heading1"));
        Assert.Equal(4, headings.Count(id => id == "Heading2"));
        Assert.Equal(28, headings.Count(id => id == "Heading3"));
        Assert.Equal(8, headings.Count(id => id == "Heading4"));
        for (var level = 1; level <= 4; level++)
        {
            var style = StyleById(doc, "Heading" + level);
            Assert.Equal("heading " + level, style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Fact]
    public void Has_21_external_hyperlinks_to_the_source_urls()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var links = Body(doc).Descendants<Hyperlink>().Where(h => h.Id is not null).ToList();
        Assert.Equal(21, links.Count);
        var targets = links.Select(h => doc.MainDocumentPart!.HyperlinkRelationships.Single(r => r.Id == h.Id!.Value).Uri.OriginalString).ToList();
        var expected = DocumentWalker.AllInlines(WordKit.Seed).OfType<Link>().Select(l => l.Url).ToList();
        Assert.Equal(expected, targets);
        Assert.All(links, h => Assert.All(h.Descendants<Run>(), r => Assert.Equal(StyleIdByName(doc, "Hyperlink"), RunStyle(r))));
    }

    [Fact]
    public void The_four_key_terms_are_runs_with_the_red_bold_Key_Term_style()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var keyTermId = StyleIdByName(doc, "Key Term");
        Assert.NotNull(keyTermId);
        var style = StyleById(doc, keyTermId!);
        Assert.Equal(StyleValues.Character, style.Type!.Value);
        Assert.Equal("FF0000", style.StyleRunProperties!.Color!.Val!.Value);
        Assert.NotNull(style.StyleRunProperties.Bold);
        var terms = Body(doc).Elements<Paragraph>()
            .Select(p => string.Concat(p.Descendants<Run>().Where(r => RunStyle(r) == keyTermId).Select(r => r.InnerText)))
            .Where(s => s.Length > 0)
            .ToList();
        Assert.Equal(["分布式账本", "去中心化、不可篡改、透明、安全和可编程性", "排序，推荐，搜索等负载均衡，cache，容错，按条件分流"], terms);
        var runs = Body(doc).Descendants<Run>().Where(r => RunStyle(r) == keyTermId).ToList();
        Assert.All(runs, r => Assert.Null(r.RunProperties!.Color)); // the style carries the colour
        Assert.Equal(["排序，推荐，搜索等", "负载均衡，cache，容错，按条件分流"],
            runs.Select(r => r.InnerText).Where(t => t.StartsWith("排序", StringComparison.Ordinal) || t.StartsWith("负载", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_list_paragraph_has_numbering_and_there_is_one_per_list_item()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var listStyle = StyleIdByName(doc, "List Paragraph");
        var listParagraphs = Body(doc).Elements<Paragraph>().Where(p => ParagraphStyle(p) == listStyle).ToList();
        Assert.NotEmpty(listParagraphs);
        Assert.All(listParagraphs, p => Assert.NotNull(p.ParagraphProperties!.NumberingProperties));
        var items = DocumentWalker.AllBlocks(WordKit.Seed).Sum(b => b switch { BulletList l => l.Items.Length, OrderedList l => l.Items.Length, _ => 0 });
        Assert.Equal(items, Body(doc).Elements<Paragraph>().Count(p => p.ParagraphProperties?.NumberingProperties is not null));
        var numIds = doc.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Select(n => n.NumberID!.Value).ToHashSet();
        Assert.All(listParagraphs, p => Assert.Contains(p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, numIds));
    }

    [Fact]
    public void Document_defaults_set_East_Asian_font_language_and_line_breaking()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var defaults = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!;
        var fonts = defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal("Noto Sans SC", fonts.EastAsia!.Value);
        Assert.Equal("Noto Sans SC", fonts.Ascii!.Value);
        Assert.Equal("Noto Sans SC", fonts.HighAnsi!.Value);
        Assert.Equal("zh-CN", defaults.RunPropertiesDefault.RunPropertiesBaseStyle.Languages!.EastAsia!.Value);
        var paragraph = defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!;
        Assert.NotNull(paragraph.Kinsoku);
        Assert.NotNull(paragraph.AutoSpaceDE);
        Assert.NotNull(paragraph.AutoSpaceDN);
        var mono = StyleById(doc, StyleIdByName(doc, "Verbatim Char")!).StyleRunProperties!.RunFonts!;
        Assert.Equal("JetBrains Mono", mono.Ascii!.Value);
    }

    [Fact]
    public void Runs_with_CJK_or_shared_punctuation_carry_the_eastAsia_hint()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var runs = Body(doc).Descendants<Run>().Where(r => r.InnerText.IndexOfAny(['，', '。', '“', '”', '、', '（', '：']) >= 0).ToList();
        Assert.True(runs.Count > 50);
        Assert.All(runs, r => Assert.Equal(FontTypeHintValues.EastAsia, r.RunProperties?.RunFonts?.Hint?.Value));
        var plainLatin = Body(doc).Descendants<Run>().Where(r => r.InnerText == "Go").ToList();
        Assert.All(plainLatin, r => Assert.Null(r.RunProperties?.RunFonts?.Hint));
    }

    [Fact]
    public void Toc_field_lists_headings_as_links_to_their_bookmarks_and_fields_update_on_open()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var body = Body(doc);
        var instruction = Assert.Single(body.Descendants<FieldCode>());
        Assert.Contains("TOC \\o \"1-3\" \\h", instruction.Text);
        var entries = body.Elements<Paragraph>().Where(p => IsTocParagraph(doc, p)).ToList();
        Assert.Equal(33, entries.Count); // 1 H1 + 4 H2 + 28 H3
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.All(entries, p => Assert.Contains(Assert.Single(p.Elements<Hyperlink>()).Anchor!.Value, bookmarks));
        Assert.Equal("Golang概述", entries[0].GetFirstChild<Hyperlink>()!.InnerText);
        Assert.Equal(3, body.Descendants<FieldChar>().Count());
        Assert.NotNull(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>());
    }

    [Fact]
    public void Header_has_the_title_and_footer_has_page_fields_with_cached_results()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        Assert.Equal("Golang概述", doc.MainDocumentPart!.HeaderParts.Single().Header!.InnerText);
        var fields = doc.MainDocumentPart.FooterParts.Single().Footer!.Descendants<SimpleField>().ToList();
        Assert.Equal([" PAGE \\* MERGEFORMAT ", " NUMPAGES \\* MERGEFORMAT "], fields.Select(f => f.Instruction!.Value));
        Assert.All(fields, f => Assert.False(string.IsNullOrEmpty(f.InnerText)));
    }

    [Fact]
    public void Core_properties_hold_title_language_and_the_build_timestamp()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var p = doc.PackageProperties;
        Assert.Equal("Golang概述", p.Title);
        Assert.Equal("zh-CN", p.Language);
        var expected = GoOverview.Export.ExportContext.TimestampFor(WordKit.Seed).UtcDateTime;
        Assert.Equal(expected, p.Created!.Value.ToUniversalTime());
        Assert.Equal(expected, p.Modified!.Value.ToUniversalTime());
    }

    [Fact]
    public void Internal_heading_links_and_TOC_anchors_point_at_bookmarks_named_after_heading_ids()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var names = Body(doc).Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("golang概述", names);
        Assert.Contains("h_3_1_网络编程", names);
        Assert.All(names, n => Assert.True(n.Length <= 40));
    }
}
