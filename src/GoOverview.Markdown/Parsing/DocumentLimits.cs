using System.Globalization;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Parsing;

/// <summary>
/// The shapes of document GoOverview refuses up front, before Markdig runs: counts far beyond any real book (a
/// 1,000-page book has about 3,000 headings and 2,000 footnotes) that would make parsing or writing run away —
/// Markdig's time grows with the square of the number of footnotes and of link reference definitions. One pass
/// over the lines; lines inside fenced code are not counted.
/// </summary>
public static class DocumentLimits
{
    public const int MaxHeadings = 20_000;

    public const int MaxFootnotes = 20_000;

    public const int MaxLinkDefinitions = 20_000;

    /// <summary>
    /// Characters of one paragraph (text between blank lines): about two whole 1,000-page books (a 1 MB URL still fits); the
    /// slide writers' memory grows with the longest paragraph (7 million characters took 2.7 GB).
    /// </summary>
    public const int MaxParagraphCharacters = 2_000_000;

    /// <summary>Longer link targets become plain text (with a warning): no reader needs an 8 KB address.</summary>
    public const int MaxUrlLength = 8 * 1024;

    /// <exception cref="ContentException">The text has more of something than its limit allows.</exception>
    public static void Check(string text, string sourcePath)
    {
        var headings = new Counter("headings", MaxHeadings);
        var footnotes = new Counter("footnote definitions", MaxFootnotes);
        var definitions = new Counter("link reference definitions", MaxLinkDefinitions);
        var paragraph = new ParagraphMeter();
        var fence = "";
        var lineNumber = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lineNumber++;
            var line = text.AsSpan(start, end - start);
            start = end + 1;

            var indent = 0;
            while (indent < line.Length && indent < 4 && line[indent] == ' ') indent++;
            if (fence.Length == 0)
            {
                if (StartsBlock(line[indent..])) paragraph.End();
                paragraph.Add(line, lineNumber);
            }
            if (indent > 3) continue;
            var body = line[indent..];
            if (FenceOf(body) is { Length: > 0 } marker)
            {
                paragraph.End();
                if (fence.Length == 0) fence = marker;
                else if (marker[0] == fence[0] && marker.Length >= fence.Length && body.TrimEnd().Length == marker.Length) fence = "";
                continue;
            }
            if (fence.Length > 0 || body.Length == 0) continue;

            if (IsAtxHeading(body) || IsSetextUnderline(body)) headings.Add(lineNumber);
            else if (body.StartsWith("[^") && body.Contains("]:", StringComparison.Ordinal)) footnotes.Add(lineNumber);
            else if (body[0] == '[' && body.Contains("]:", StringComparison.Ordinal)) definitions.Add(lineNumber);
        }
        paragraph.Refuse(sourcePath);
        headings.Refuse(sourcePath);
        footnotes.Refuse(sourcePath);
        definitions.Refuse(sourcePath);
    }

    /// <summary>A list item, quote, table row or heading: not part of a long paragraph even without blank lines.</summary>
    private static bool StartsBlock(ReadOnlySpan<char> body)
    {
        if (body.Length == 0) return false;
        if (body[0] is '>' or '|' or '#' or '`' or '~') return true;
        if (body[0] is '-' or '*' or '+') return body.Length == 1 || body[1] is ' ' or '\t';
        var digits = 0;
        while (digits < body.Length && char.IsAsciiDigit(body[digits])) digits++;
        return digits > 0 && digits < body.Length && body[digits] is '.' or ')';
    }

    private static string FenceOf(ReadOnlySpan<char> body)
    {
        if (body.Length < 3 || body[0] is not ('`' or '~')) return "";
        var n = 0;
        while (n < body.Length && body[n] == body[0]) n++;
        return n >= 3 ? body[..n].ToString() : "";
    }

    private static bool IsAtxHeading(ReadOnlySpan<char> body)
    {
        var n = 0;
        while (n < body.Length && body[n] == '#') n++;
        return n is >= 1 and <= 6 && (n == body.Length || body[n] is ' ' or '\t');
    }

    private static bool IsSetextUnderline(ReadOnlySpan<char> body) =>
        body[0] == '=' && body.TrimEnd().TrimStart('=').Length == 0;

    private sealed class Counter(string what, int limit)
    {
        private int _count;
        private int _firstLineOver;

        public void Add(int lineNumber)
        {
            if (++_count == limit + 1) _firstLineOver = lineNumber;
        }

        public void Refuse(string sourcePath)
        {
            if (_count <= limit) return;
            throw new ContentException(
                $"{N(_count)} {what}; GoOverview sets at most {N(limit)} per document (split it into several files; the first one over the limit is here)",
                new SourceLocation(sourcePath, _firstLineOver, 1));
        }

        private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <summary>The longest paragraph (plain lines between blank lines and block starts, outside fenced code) and its first line.</summary>
    private sealed class ParagraphMeter
    {
        private long _current, _longest;
        private int _currentLine, _longestLine;

        public void Add(ReadOnlySpan<char> line, int lineNumber)
        {
            if (line.IsWhiteSpace())
            {
                End();
                return;
            }
            if (_current == 0) _currentLine = lineNumber;
            _current += line.Length + 1;
        }

        public void End()
        {
            if (_current > _longest) (_longest, _longestLine) = (_current, _currentLine);
            _current = 0;
        }

        public void Refuse(string sourcePath)
        {
            End();
            if (_longest <= MaxParagraphCharacters) return;
            throw new ContentException(
                string.Create(CultureInfo.InvariantCulture, $"a paragraph of {_longest:N0} characters; GoOverview sets at most {MaxParagraphCharacters:N0} per paragraph (separate paragraphs with a blank line, or split the file)"),
                new SourceLocation(sourcePath, _longestLine, 1));
        }
    }
}
