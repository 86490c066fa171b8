using System.Collections.Immutable;
using GoOverview.Layout;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>
/// Text as the EPUB shows it: the shared CJK–Latin quarter em (<see cref="HanLatinGap"/>) written into the XHTML,
/// and a paragraph's last two characters (with the punctuation after them) kept on one line, so no line holds a
/// lone last character.
/// </summary>
internal sealed partial class InlineRenderer
{
    public const string KeepTogetherClass = "keep";

    private void WriteText(string text)
    {
        Out.Text(HanLatinGap.Insert(text, _previous), scope.Location);
        _previous = HanLatinGap.LastCodePoint(text, _previous);
    }

    /// <summary>A paragraph's content; when it ends in plain text, its last two characters go in a no-wrap span.</summary>
    public void WriteParagraph(ImmutableArray<Inline> content)
    {
        if (content.IsDefaultOrEmpty || content[^1] is not Text last || TailStart(last.Value) is not { } cut)
        {
            Write(content);
            return;
        }
        _previous = 0;
        _depth++;
        foreach (var inline in content.RemoveAt(content.Length - 1)) Write(inline);
        WriteText(last.Value[..cut]);
        Out.Start("span");
        Out.Attr("class", KeepTogetherClass);
        WriteText(last.Value[cut..]);
        Out.End("span");
        _depth--;
    }

    /// <summary>Where the last two characters (and any punctuation after them) start, or null when that tail would hold a space.</summary>
    private static int? TailStart(string text)
    {
        var end = text.TrimEnd().Length;
        var i = end;
        while (i > 0 && IsTrailingMark(text[i - 1])) i--;
        for (var kept = 0; kept < 2; kept++)
        {
            if (i == 0 || char.IsWhiteSpace(text[i - 1])) return null;
            i -= i >= 2 && char.IsSurrogatePair(text[i - 2], text[i - 1]) ? 2 : 1;
        }
        return i > 0 && end - i < text.Length ? i : null;
    }

    private static bool IsTrailingMark(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}
