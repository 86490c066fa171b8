using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using Markdig.Syntax;

namespace GoOverview.Markdown.Parsing;

/// <summary>
/// Runs Markdig. Markdig refuses pathological nesting (e.g. ten thousand list markers on one line) with an
/// ArgumentException rather than overflowing the stack; that becomes a ContentException naming the deepest line.
/// Moderate depth (hundreds or thousands of quotes) parses, and the converter flattens it past its own cap.
/// </summary>
internal static class GuardedParser
{
    /// <summary>
    /// Leading whitespace beyond this many columns is refused: Markdig's time grows steeply with indentation
    /// depth (2,000 nested indented list levels took 33 s), so a hostile file could stall a build.
    /// </summary>
    public const int MaxIndentColumns = 400;

    public static MarkdownDocument Parse(string text, string sourcePath)
    {
        RefuseExtremeIndentation(text, sourcePath);
        try
        {
            return Markdig.Markdown.Parse(text, MarkdigPipeline.Instance);
        }
        catch (Exception e) when (e is ArgumentException { Message: var m } && m.Contains("too deeply nested", StringComparison.Ordinal)
                                  || e is InsufficientExecutionStackException)
        {
            var (line, levels) = DeepestLine(text);
            var (inlineLine, openMarks) = MostOpenInlineMarks(text);
            if (openMarks > levels)
                throw new ContentException(
                    $"links or emphasis nested {openMarks} levels deep at line {inlineLine}: the Markdown cannot be read (close the brackets or emphasis there)",
                    new SourceLocation(sourcePath, inlineLine, 1));
            throw new ContentException(
                $"nesting deeper than {levels} levels at line {line}: the Markdown cannot be read (flatten the quotes or lists there)",
                new SourceLocation(sourcePath, line, 1));
        }
    }

    private static void RefuseExtremeIndentation(string text, string sourcePath)
    {
        var lineNumber = 1;
        var column = 0;
        var atLineStart = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lineNumber++;
                column = 0;
                atLineStart = true;
                continue;
            }
            if (!atLineStart) continue;
            if (c == ' ') column++;
            else if (c == '\t') column += 4 - column % 4;
            else atLineStart = false;
            if (column > MaxIndentColumns)
                throw new ContentException(
                    $"line {lineNumber} is indented more than {MaxIndentColumns} columns: nesting that deep cannot be read (flatten the lists or quotes there)",
                    new SourceLocation(sourcePath, lineNumber, 1));
        }
    }

    /// <summary>The line with the most leading quote and list markers, and that count.</summary>
    public static (int Line, int Levels) DeepestLine(string text)
    {
        var best = (Line: 1, Levels: 0);
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            var levels = LeadingContainerMarkers(line);
            if (levels > best.Levels) best = (lineNumber, levels);
        }
        return best;
    }

    /// <summary>
    /// The line where most link brackets and emphasis runs are open at once within one paragraph, and that count:
    /// a "[" opens and "]" closes; a run of *, _ or ~ before a non-space opens, one after a non-space closes an open
    /// run of the same character. An estimate for the message only (flat "*a* *a*" stays at depth 1).
    /// </summary>
    public static (int Line, int Depth) MostOpenInlineMarks(string text)
    {
        var best = (Line: 1, Depth: 0);
        var open = new Stack<char>();
        var lineNumber = 1;
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (lineStart) open.Clear(); // a blank line ends the paragraph
                lineNumber++;
                lineStart = true;
                continue;
            }
            if (c is not (' ' or '\t')) lineStart = false;
            if (c == '[') open.Push('[');
            else if (c == ']' && open.Contains('[')) { while (open.Pop() != '[') { } }
            else if (c is '*' or '_' or '~')
            {
                var end = i;
                while (end + 1 < text.Length && text[end + 1] == c) end++;
                var before = i > 0 && !char.IsWhiteSpace(text[i - 1]);
                var after = end + 1 < text.Length && !char.IsWhiteSpace(text[end + 1]);
                if (before && open.Count > 0 && open.Peek() == c) open.Pop();
                else if (after) open.Push(c);
                i = end;
            }
            if (open.Count > best.Depth) best = (lineNumber, open.Count);
        }
        return best;
    }

    private static int LeadingContainerMarkers(string line)
    {
        var count = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            if (i >= line.Length) break;
            if (line[i] == '>') { count++; i++; continue; }
            if (line[i] is '-' or '+' or '*' && i + 1 < line.Length && line[i + 1] is ' ' or '\t') { count++; i += 2; continue; }
            var digits = i;
            while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
            if (digits > i && digits < line.Length - 1 && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t')
            {
                count++;
                i = digits + 2;
                continue;
            }
            break;
        }
        return count;
    }
}
