namespace GoOverview.Markdown.Parsing;

/// <summary>Normalises raw input before parsing: drops a leading BOM and turns CRLF / CR into LF (line numbers unchanged).</summary>
internal static class SourceText
{
    public static string Normalize(string markdown)
    {
        var text = markdown.Length > 0 && markdown[0] == '\uFEFF' ? markdown[1..] : markdown;
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return text;
    }
}
