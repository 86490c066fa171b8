using System.Collections.Concurrent;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace GoOverview.Export.Code;

/// <summary>
/// The one highlighter of a run: a code block's tokens are computed once, whichever writers ask, and the grammar
/// of a language is loaded on first use (a document without fenced code in a known language loads none).
/// Thread-safe: writers run in parallel.
/// </summary>
public sealed class CodeHighlighter(DiagnosticBag diagnostics, HighlightOptions options)
{
    /// <summary>Longer lines are left plain: TextMate regexes on one huge line can take seconds.</summary>
    public const int MaxLineLength = 2000;

    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromMilliseconds(200);
    private static readonly Lock TokenizerLock = new();
    private static Registry? _registry;
    private static readonly Dictionary<string, IGrammar?> Grammars = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<CodeBlock, Lazy<HighlightedCode>> _cache = new(ReferenceEqualityComparer.Instance);

    public HighlightOptions Options { get; } = options;

    /// <summary>The style chosen by `--highlight-style` or the config, else the default.</summary>
    public CodeTheme Theme => ThemeOr(null);

    /// <summary>The chosen style; when none was chosen, <paramref name="writerDefault"/> (e.g. the PDF theme's), else the default.</summary>
    public CodeTheme ThemeOr(string? writerDefault) =>
        (Options.Style ?? writerDefault) is { } name && CodeThemes.Find(name) is { } theme ? theme : CodeThemes.Print;

    /// <summary>Whether any code block of the document will be highlighted (so bold/italic code faces may be needed).</summary>
    public bool HighlightsAny(Document document) =>
        Options.Enabled && DocumentWalker.AllBlocks(document).OfType<CodeBlock>().Any(c => c.Language.Length > 0 && CodeLanguages.Find(c.Language) is not null);

    /// <summary>Whether the block's lines are numbered: `{.numberLines}` on the fence, or line numbers for all blocks.</summary>
    public bool NumberLines(CodeBlock block) =>
        Options.LineNumbers || block.Attr.HasClass("numberLines") || block.Attr.HasClass("number-lines");

    /// <summary>The block's tokens (plain when highlighting is off or the language is unknown or missing).</summary>
    public HighlightedCode Highlight(CodeBlock block) =>
        _cache.GetOrAdd(block, b => new Lazy<HighlightedCode>(() => Compute(b))).Value;

    private HighlightedCode Compute(CodeBlock block)
    {
        if (!Options.Enabled || block.Language.Length == 0) return HighlightedCode.Plain(block.Text);
        var language = CodeLanguages.Find(block.Language);
        if (language is null)
        {
            diagnostics.ReportOnce("code-language:" + block.Language.ToLowerInvariant(), new Diagnostic(Severity.Info, "code-language",
                $"code in '{DiagnosticText.Shorten(block.Language)}' is not highlighted (not a known language)", block.Location));
            return HighlightedCode.Plain(block.Text);
        }
        lock (TokenizerLock)
        {
            var grammar = GrammarFor(language.Scope);
            if (grammar is null) return HighlightedCode.Plain(block.Text);
            return new HighlightedCode(Tokenize(grammar, HighlightedCode.SourceLines(block.Text)), language.Label);
        }
    }

    private static IGrammar? GrammarFor(string scope)
    {
        if (Grammars.TryGetValue(scope, out var known)) return known;
        _registry ??= new Registry(new GrammarSource());
        var grammar = GrammarSource.Has(scope) ? _registry.LoadGrammar(scope) : null;
        Grammars[scope] = grammar;
        return grammar;
    }

    private static List<IReadOnlyList<CodeToken>> Tokenize(IGrammar grammar, string[] lines)
    {
        var result = new List<IReadOnlyList<CodeToken>>(lines.Length);
        IStateStack? state = null;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                result.Add([]);
                continue;
            }
            if (line.Length > MaxLineLength)
            {
                result.Add([new CodeToken(line, TokenKind.Normal)]);
                state = null;
                continue;
            }
            var tokens = new List<CodeToken>();
            var covered = 0;
            var lineResult = grammar.TokenizeLine(line, state, LineTimeLimit);
            state = lineResult.RuleStack;
            foreach (var token in lineResult.Tokens)
            {
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
