using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;
using static GoOverview.Word.Tests.Support.DocxQuery;

namespace GoOverview.Word.Tests;

/// <summary>The TOC's estimated page numbers count the footnotes that share the pages with the text.</summary>
public sealed class TocFootnotePageTests
{
    [Fact]
    public void Long_footnotes_push_the_later_headings_to_later_pages()
    {
        var note = string.Concat(Enumerable.Repeat("脚注的文字很长，占去页面底部的许多行。", 12));
        var withNotes = new System.Text.StringBuilder("# 标题\n\n## 第一节\n\n");
        var withoutNotes = new System.Text.StringBuilder("# 标题\n\n## 第一节\n\n");
        for (var i = 1; i <= 30; i++)
        {
            withNotes.Append($"第 {i} 段正文，带一个脚注。[^n{i}]\n\n[^n{i}]: {note}\n\n");
            withoutNotes.Append($"第 {i} 段正文，带一个脚注。\n\n");
        }
        withNotes.Append("## 末节\n\n结束。\n");
        withoutNotes.Append("## 末节\n\n结束。\n");
        var plain = LastTocPage(WordKit.Write(TestFiles.Read(withoutNotes.ToString())));
        var noted = LastTocPage(WordKit.Write(TestFiles.Read(withNotes.ToString())));
        // 30 notes of about five lines each fill several pages' feet: the last section starts pages later.
        Assert.True(noted >= plain + 3, $"末节 on page {noted} with the notes, {plain} without");
    }

    private static int LastTocPage(byte[] docx)
    {
        using var doc = WordKit.Open(docx);
        var entry = Body(doc).Elements<Paragraph>().Last(p => IsTocParagraph(doc, p));
        return int.Parse(entry.GetFirstChild<Hyperlink>()!.Elements<Run>().Last(r => r.GetFirstChild<Text>() is not null).InnerText, System.Globalization.CultureInfo.InvariantCulture);
    }
}
