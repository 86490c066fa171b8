using System.Globalization;

namespace GoOverview.Model.Localisation;

/// <summary>
/// The words a writer adds around the content (table-of-contents title, page footer, cover, landmarks, callout
/// labels…) in one language. Every writer takes them from <see cref="FurnitureWords.For"/>, so a document in English
/// gets English furniture in every format.
/// </summary>
public sealed record FurnitureWords(
    string Language,
    string Contents,
    string PageOfTemplate,
    string PagesTemplate,
    string Cover,
    string TitlePage,
    string Landmarks,
    string BodyMatter,
    string Untitled,
    string NoTitle,
    string Figure,
    string Table,
    string Note,
    string Notes,
    string References,
    string Continued,
    string Handout,
    string ListSeparator,
    IReadOnlyList<string> CalloutLabels)
{
    public static readonly FurnitureWords SimplifiedChinese = new(
        "zh-CN", "目录", "第 {0} 页 / 共 {1} 页", "共 {0} 页", "封面", "扉页", "导览", "正文", "未命名", "（无标题）",
        "图", "表", "注", "注释", "参考资料", "（续）", "讲义", "、", ["说明", "提示", "重要", "注意", "警告"]);

    public static readonly FurnitureWords TraditionalChinese = new(
        "zh-TW", "目錄", "第 {0} 頁 / 共 {1} 頁", "共 {0} 頁", "封面", "扉頁", "導覽", "正文", "未命名", "（無標題）",
        "圖", "表", "註", "註釋", "參考資料", "（續）", "講義", "、", ["說明", "提示", "重要", "注意", "警告"]);

    public static readonly FurnitureWords English = new(
        "en", "Contents", "Page {0} of {1}", "{0} pages", "Cover", "Title Page", "Guide", "Start", "Untitled", "(untitled)",
        "Figure", "Table", "Note", "Notes", "References", " (continued)", "Handout", ", ", ["Note", "Tip", "Important", "Warning", "Caution"]);

    /// <summary>
    /// The words for a BCP 47 tag: zh-TW, zh-HK, zh-MO and zh-Hant* get traditional Chinese, other zh (and an empty
    /// tag, the default zh-CN) simplified Chinese, every other language English.
    /// </summary>
    public static FurnitureWords For(string? lang)
    {
        var tag = (lang ?? "").Trim();
        if (tag.Length == 0) return SimplifiedChinese;
        if (!tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return English;
        var traditional = tag.Contains("Hant", StringComparison.OrdinalIgnoreCase) ||
                          tag.EndsWith("-TW", StringComparison.OrdinalIgnoreCase) ||
                          tag.EndsWith("-HK", StringComparison.OrdinalIgnoreCase) ||
                          tag.EndsWith("-MO", StringComparison.OrdinalIgnoreCase);
        return traditional ? TraditionalChinese : SimplifiedChinese;
    }

    public bool IsChinese => Language.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>"第 3 页 / 共 12 页" or "Page 3 of 12".</summary>
    public string PageOf(int page, int pages) => string.Format(CultureInfo.InvariantCulture, PageOfTemplate, page, pages);

    /// <summary>"共 12 页" or "12 pages".</summary>
    public string Pages(int pages) => string.Format(CultureInfo.InvariantCulture, PagesTemplate, pages);

    /// <summary>The footer template cut around its two numbers: text before the page, between, after the count.</summary>
    public (string Before, string Between, string After) PageOfParts()
    {
        var first = PageOfTemplate.IndexOf("{0}", StringComparison.Ordinal);
        var second = PageOfTemplate.IndexOf("{1}", StringComparison.Ordinal);
        return (PageOfTemplate[..first], PageOfTemplate[(first + 3)..second], PageOfTemplate[(second + 3)..]);
    }

    /// <summary>"2026年11月26日" in Chinese, "26 November 2026" in English.</summary>
    public string LongDate(DateOnly date) => IsChinese
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日")
        : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The date a cover or title page shows: the metadata's date (an ISO date reads as 2026年1月1日 in Chinese, as
    /// 1 January 2026 in English; other text as written), else the build date.
    /// </summary>
    public string DisplayDate(string metadataDate, DateTimeOffset buildDate)
    {
        var text = metadataDate.Trim();
        if (text.Length == 0) return LongDate(DateOnly.FromDateTime(buildDate.UtcDateTime));
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? LongDate(date) : text;
    }

    public string CalloutLabel(CalloutKind kind) => CalloutLabels[(int)kind];

    /// <summary>Between a label and what it labels: "封面：书名" or "Cover: Title".</summary>
    public string Colon => IsChinese ? "：" : ": ";

    /// <summary>Between fields set on one line (subtitle, author, date): an ideographic space or a spaced middle dot.</summary>
    public string FieldSpacer => IsChinese ? "　" : " · ";

    /// <summary>After a title whose slide shows the section's picture: "（图）" or " (Figure)".</summary>
    public string FigureSuffix => IsChinese ? $"（{Figure}）" : $" ({Figure})";

    /// <summary>Before the caption of a picture shown as text: "［图］" or "[Figure] ".</summary>
    public string FigureMark => IsChinese ? $"［{Figure}］" : $"[{Figure}] ";

    /// <summary>After a title whose slide lists the section's links: " · 参考资料" or " · References".</summary>
    public string ReferencesSuffix => " · " + References;

    /// <summary>Every character these words use (font subsets hold them).</summary>
    public string Characters => string.Concat(Contents, PageOfTemplate, PagesTemplate, Cover, TitlePage, Landmarks, BodyMatter, Untitled,
        NoTitle, Figure, Table, Note, Notes, References, Continued, Handout, ListSeparator, string.Concat(CalloutLabels)) + "0123456789年月日·（）［］()[]：　";
}
