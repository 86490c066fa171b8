namespace GoOverview.Export.Code;

/// <summary>A piece of one code line in one token kind. A line's tokens concatenated are exactly its source text.</summary>
public readonly record struct CodeToken(string Text, TokenKind Kind);

/// <summary>
/// A code block as lines of tokens. Line ends ("\n", "\r\n") are not part of any token and the block's trailing
/// newlines are dropped; tabs are kept (writers that lay out columns call <see cref="ExpandTabs"/>).
/// Label is the language's display name ("Go", "Shell") or null when the block is plain.
/// </summary>
public sealed record HighlightedCode(IReadOnlyList<IReadOnlyList<CodeToken>> Lines, string? Label)
{
    /// <summary>The source text split the way every writer splits it.</summary>
    public static string[] SourceLines(string text) => text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    public static HighlightedCode Plain(string text) =>
        new(SourceLines(text).Select(l => (IReadOnlyList<CodeToken>)(l.Length == 0 ? [] : [new CodeToken(l, TokenKind.Normal)])).ToList(), null);

    /// <summary>The same tokens with tabs replaced by spaces up to the next multiple of <paramref name="tabWidth"/> columns.</summary>
    public static IReadOnlyList<CodeToken> ExpandTabs(IReadOnlyList<CodeToken> line, int tabWidth = 4)
    {
        if (!line.Any(t => t.Text.Contains('\t'))) return line;
        var column = 0;
        var result = new List<CodeToken>(line.Count);
        var sb = new System.Text.StringBuilder();
        foreach (var token in line)
        {
            sb.Clear();
            foreach (var ch in token.Text)
            {
                if (ch == '\t')
                {
                    var n = tabWidth - column % tabWidth;
                    sb.Append(' ', n);
                    column += n;
                }
                else
                {
                    sb.Append(ch);
                    column++;
                }
            }
            result.Add(token with { Text = sb.ToString() });
        }
        return result;
    }
}
