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
    public void Has_40_heading_paragraphs_with_built_in_heading_styles_and_the_H1_is_the_title_page_title()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var headings = Body(doc).Elements<Paragraph>()
            .Select(p => ParagraphStyle(p))
            .Where(id => id is not null && (StyleById(doc, id).StyleName?.Val?.Value ?? "").StartsWith("heading ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(40, headings.Count);
        Assert.Equal(0, headings.Count(id => id == "Heading1"));
        var title = Assert.Single(Body(doc).Elements<Paragraph>(), p => ParagraphStyle(p) == StyleIdByName(doc, "Title"));
        Assert.Equal("Golang概述", title.InnerText);
        Assert.NotNull(title.GetFirstChild<BookmarkStart>()); // links to the H1 still land here
        Assert.Equal(4, headings.Count(id => id == "Heading2"));
        Assert.Equal(28, headings.Count(id => id == "Heading3"));
        Assert.Equal(8, headings.Count(id => id == "Heading4"));
        for (var level = 2; level <= 4; level++)
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
    public void Toc_field_lists_headings_with_dot_leaders_and_estimated_page_numbers_and_no_update_prompt()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var body = Body(doc);
        var codes = body.Descendants<FieldCode>().Select(c => c.Text).ToList();
        var instruction = Assert.Single(codes, c => c.Contains("TOC", StringComparison.Ordinal));
        Assert.Contains("TOC \\o \"2-3\" \\h", instruction); // the title (H1) is on the title page, not in the TOC
        var entries = body.Elements<Paragraph>().Where(p => IsTocParagraph(doc, p)).ToList();
        Assert.Equal(32, entries.Count); // 4 H2 + 28 H3
        Assert.Equal("一、Go", entries[0].GetFirstChild<Hyperlink>()!.Elements<Run>().First().InnerText);
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        var pages = new List<int>();
        foreach (var entry in entries)
        {
            var link = Assert.Single(entry.Elements<Hyperlink>());
            Assert.Contains(link.Anchor!.Value, bookmarks);
            var pageRef = Assert.Single(link.Descendants<FieldCode>());
            Assert.Equal($" PAGEREF {link.Anchor!.Value} \\h ", pageRef.Text);
            var tab = Assert.Single(entry.ParagraphProperties!.Tabs!.Elements<TabStop>());
            Assert.Equal(TabStopLeaderCharValues.Dot, tab.Leader!.Value);
            Assert.Equal(TabStopValues.Right, tab.Val!.Value);
            pages.Add(int.Parse(link.Elements<Run>().Last(r => r.GetFirstChild<Text>() is not null).InnerText, System.Globalization.CultureInfo.InvariantCulture));
        }
        // title page 1, TOC page 2: the text starts on page 3 and runs over more than ten pages
        Assert.Equal(3, pages[0]);
        Assert.Equal(pages.Order().ToList(), pages);
        Assert.InRange(pages[^1], 12, 20);
        Assert.Null(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>());
    }

    [Fact]
    public void Header_has_the_title_and_current_chapter_and_footer_the_localised_page_count()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var section = Body(doc).GetFirstChild<SectionProperties>()!;
        Assert.NotNull(section.GetFirstChild<TitlePage>()); // the title page shows neither
        var defaultHeader = section.Elements<HeaderReference>().Single(r => r.Type!.Value == HeaderFooterValues.Default).Id!.Value;
        var header = ((DocumentFormat.OpenXml.Packaging.HeaderPart)doc.MainDocumentPart!.GetPartById(defaultHeader!)).Header!;
        var chapter = Assert.Single(header.Descendants<SimpleField>());
        Assert.Equal(" STYLEREF \"heading 2\" \\* MERGEFORMAT ", chapter.Instruction!.Value);
        Assert.Equal("Golang概述 ", header.InnerText); // the chapter's cached result is blank: Word fills it per page
        var defaultFooter = section.Elements<FooterReference>().Single(r => r.Type!.Value == HeaderFooterValues.Default).Id!.Value;
        var footer = ((DocumentFormat.OpenXml.Packaging.FooterPart)doc.MainDocumentPart.GetPartById(defaultFooter!)).Footer!;
        var fields = footer.Descendants<SimpleField>().ToList();
        Assert.Equal([" PAGE \\* MERGEFORMAT ", " NUMPAGES \\* MERGEFORMAT "], fields.Select(f => f.Instruction!.Value));
        Assert.All(fields, f => Assert.False(string.IsNullOrEmpty(f.InnerText)));
        Assert.Equal("第 1 页 / 共 1 页", footer.InnerText);
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
