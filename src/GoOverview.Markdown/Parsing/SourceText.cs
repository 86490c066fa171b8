using System.Text;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Parsing;

/// <summary>
/// Normalises raw input before parsing: drops a leading BOM, turns CRLF / CR into LF (line numbers unchanged),
/// and removes characters that no XML-based output may hold (C0 controls other than tab and line feed, U+FFFE,
/// U+FFFF, lone surrogates), reporting each line where it did so.
/// </summary>
internal static class SourceText
{
    public static string Normalize(string markdown, string sourcePath, DiagnosticBag diagnostics)
    {
        var text = markdown.Length > 0 && markdown[0] == '\uFEFF' ? markdown[1..] : markdown;
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return RemoveIllegalCharacters(text, sourcePath, diagnostics);
    }

    /// <summary>What XML cannot hold, and a carriage return left after line ends were normalised.</summary>
    public static bool IsIllegal(string text, int i) => text[i] == '\r' || XmlChars.IsIllegalAt(text, i);

    /// <summary>Text without characters illegal in XML; one warning per affected line (at most 20, then a summary).</summary>
    public static string RemoveIllegalCharacters(string text, string sourcePath, DiagnosticBag diagnostics)
    {
        var first = -1;
        for (var i = 0; i < text.Length && first < 0; i++) if (IsIllegal(text, i)) first = i;
        if (first < 0) return text;

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        var line = 1 + text.AsSpan(0, first).Count('\n');
        var reportedLines = 0;
        var lastReportedLine = 0;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line++;
            if (!IsIllegal(text, i))
            {
                sb.Append(c);
                continue;
            }
            if (line == lastReportedLine) continue;
            lastReportedLine = line;
            if (++reportedLines <= 20)
                diagnostics.Warning("illegal-character", $"removed U+{(int)c:X4}: control characters and non-characters cannot appear in the outputs",
                    new SourceLocation(sourcePath, line, 1));
        }
        if (reportedLines > 20)
            diagnostics.Warning("illegal-character", $"illegal characters also removed on {reportedLines - 20} more lines", new SourceLocation(sourcePath, line, 1));
        return sb.ToString();
    }
}
