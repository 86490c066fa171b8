using Markdig.Helpers;
using Markdig.Parsers;

namespace GoOverview.Markdown.Formulas;

/// <summary>
/// $…$, $$…$$, \(…\) and \[…\] in running text (pandoc's tex_math_dollars rules, plus one of ours): the opening $ is
/// followed by a non-space, the closing $ follows a non-space and is not followed by a digit or a Latin letter — so
/// prices ("$5 and $10") and shell variables ("$HOME/bin:$PATH") stay text. Runs before the escape parser, so
/// "\," inside a formula reaches the model as written.
/// </summary>
internal sealed class FormulaInlineParser : InlineParser
{
    public FormulaInlineParser() => OpeningCharacters = ['$', '\\'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End;
        if (text[start] == '\\') return MatchBackslash(processor, ref slice, text, start, end);

        // A '$' escaped by a preceding backslash never reaches here (the escape parser consumed it).
        var display = start + 1 <= end && text[start + 1] == '$';
        var contentStart = start + (display ? 2 : 1);
        if (contentStart > end || char.IsWhiteSpace(text[contentStart])) return false;
        var close = display ? FindDisplayClose(text, contentStart, end) : FindInlineClose(text, contentStart, end);
        if (close < 0) return false;
        var tex = text[contentStart..close];
        if (tex.Trim().Length == 0) return false;
        Emit(processor, ref slice, start, close + (display ? 2 : 1), tex, display);
        return true;
    }

    private static bool MatchBackslash(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        if (start + 1 > end) return false;
        var kind = text[start + 1];
        if (kind is not ('(' or '[')) return false;
        var closing = kind == '(' ? "\\)" : "\\]";
        var close = text.IndexOf(closing, start + 2, end - start - 1, StringComparison.Ordinal);
        if (close < 0) return false;
        var tex = text[(start + 2)..close];
        if (tex.Trim().Length == 0) return false;
        Emit(processor, ref slice, start, close + 2, tex, display: kind == '[');
        return true;
    }

    private static int FindInlineClose(string text, int from, int end)
    {
        for (var i = from; i <= end; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (c != '$') continue;
            if (char.IsWhiteSpace(text[i - 1])) continue;
            var next = i + 1 <= end ? text[i + 1] : '\0';
            if (char.IsAsciiDigit(next) || char.IsAsciiLetter(next)) return -1;
            return i;
        }
        return -1;
    }

    private static int FindDisplayClose(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '$' && text[i + 1] == '$') return i;
        }
        return -1;
    }

    private static void Emit(InlineProcessor processor, ref StringSlice slice, int start, int next, string tex, bool display)
    {
        var line = processor.GetSourcePosition(start, out var lineIndex, out var column);
        processor.Inline = new FormulaInline(tex, display)
        {
            Span = new Markdig.Syntax.SourceSpan(line, line + (next - start) - 1),
            Line = lineIndex,
            Column = column,
        };
        slice.Start = next;
    }
}
