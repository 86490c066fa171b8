using System.Text.RegularExpressions;

namespace GoOverview.Slides.Planning;

/// <summary>
/// A heading's own ordinal ("一、", "第二章 ", "3. ", "（四）"): dropped where the deck shows its own number (section
/// dividers and the agenda), so a trainer does not read "01 一、Go".
/// </summary>
internal static partial class SectionOrdinal
{
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十百零〇]+[、.．]|第[一二三四五六七八九十百零〇\d]+[章节部分篇讲课][\s、.．:：]*|\d+[.、．)）](?!\d)|[（(][一二三四五六七八九十\d]+[)）])\s*")]
    private static partial Regex Prefix();

    public static string Strip(string title)
    {
        var rest = Prefix().Replace(title, "", 1);
        return rest.Trim().Length == 0 ? title : rest;
    }
}
