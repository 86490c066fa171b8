using System.Collections.Concurrent;
using TextMateSharp.Grammars;

namespace GoOverview.Export.Code;

/// <summary>
/// TextMate tokenizing, kept apart from <see cref="CodeHighlighter"/> so that a run without highlighted code never
/// loads TextMateSharp or a grammar. Each language has its own registry and lock, loaded once per process: TextMate
/// grammars are not thread-safe (see <see cref="LanguageGrammar"/>), but two languages share
/// nothing, so they tokenize in parallel.
/// </summary>
internal static class TextMateTokenizer
{
    /// <summary>A guard against runaway regexes, generous enough that a busy machine does not cut an ordinary line
    /// (the first lines of a language also compile its regexes).</summary>
    internal static readonly TimeSpan LineTimeLimit = TimeSpan.FromMilliseconds(1000);
    private static readonly ConcurrentDictionary<string, LanguageGrammar> Grammars = new(StringComparer.Ordinal);

    /// <summary>The lines' tokens, or null when the grammar is not available. <paramref name="complete"/> is false when
    /// a line hit the time limit (its rest is left plain): such a result is not worth keeping in a cache.</summary>
    public static List<IReadOnlyList<CodeToken>>? Tokenize(string scope, string[] lines, out bool complete) =>
        Grammars.GetOrAdd(scope, s => new LanguageGrammar(s)).Tokenize(lines, out complete);

    /// <summary>Loads the grammar of <paramref name="scope"/> and tokenizes <paramref name="sampleLine"/> (compiling the
    /// regexes its first lines need), so that the first real block does not pay for it.</summary>
    public static void Preload(string scope, string sampleLine) =>
        Grammars.GetOrAdd(scope, s => new LanguageGrammar(s)).Preload(sampleLine);

    /// <summary>The lines' tokens, or null when a token was produced inside a rule that embeds a grammar the plan left out.</summary>
    internal static List<IReadOnlyList<CodeToken>>? Tokenize(IGrammar grammar, EmbeddedGrammarPlan plan, string[] lines, out bool complete)
    {
        complete = true;
        var result = new List<IReadOnlyList<CodeToken>>(lines.Length);
        IStateStack? state = null;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                result.Add([]);
                continue;
            }
            if (line.Length > CodeHighlighter.MaxLineLength)
            {
                result.Add([new CodeToken(line, TokenKind.Normal)]);
                state = null;
                continue;
            }
            var tokens = new List<CodeToken>();
            var covered = 0;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var lineResult = grammar.TokenizeLine(line, state, LineTimeLimit);
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) >= LineTimeLimit) complete = false;
            state = lineResult.RuleStack;
            foreach (var token in lineResult.Tokens)
            {
                if (plan.Guarded(token.Scopes)) return null;
                var start = Math.Max(token.StartIndex, covered);
                var end = Math.Min(token.EndIndex, line.Length);
                if (end <= start) continue;
                if (start > covered) Append(tokens, line[covered..start], TokenKind.Normal);
                Append(tokens, line[start..end], ScopeClassifier.Classify(token.Scopes));
                covered = end;
            }
            if (covered < line.Length) Append(tokens, line[covered..], TokenKind.Normal);
            result.Add(tokens);
        }
        return result;
    }

    /// <summary>Adds a token, merging it into the previous one of the same kind (fewer runs in every writer).</summary>
    private static void Append(List<CodeToken> tokens, string text, TokenKind kind)
    {
        if (tokens.Count > 0 && (tokens[^1].Kind == kind || (text.Trim().Length == 0 && tokens[^1].Kind != TokenKind.Comment && kind == TokenKind.Normal)))
        {
            tokens[^1] = tokens[^1] with { Text = tokens[^1].Text + text };
            return;
        }
        tokens.Add(new CodeToken(text, kind));
    }
}
