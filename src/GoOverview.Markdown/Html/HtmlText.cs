using GoOverview.Model;

namespace GoOverview.Markdown.Html;

/// <summary>HTML text in the model: runs of spaces collapse, line ends become soft breaks, edges are trimmed.</summary>
internal static class HtmlText
{
    public static void Add(string text, List<Inline> pieces)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) pieces.Add(new SoftBreak());
            var collapsed = string.Join(' ', lines[i].Split([' ', '\t', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
            if (collapsed.Length == 0) continue;
            if (i == 0 && lines[i][0] is ' ' or '\t') collapsed = " " + collapsed;
            if (i == lines.Length - 1 && lines[i][^1] is ' ' or '\t') collapsed += " ";
            pieces.Add(new Text(collapsed));
        }
    }

    /// <summary>Soft breaks and blanks at the start and end of a paragraph carry nothing.</summary>
    public static List<Inline> Trim(List<Inline> pieces)
    {
        static bool Blank(Inline i) => i is SoftBreak || i is Text t && string.IsNullOrWhiteSpace(t.Value);
        var start = 0;
        var end = pieces.Count;
        while (start < end && Blank(pieces[start])) start++;
        while (end > start && Blank(pieces[end - 1])) end--;
        return pieces.GetRange(start, end - start);
    }
}
