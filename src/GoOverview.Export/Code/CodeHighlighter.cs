using System.Collections.Concurrent;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

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

    /// <summary>Longer blocks are left plain: tokenizing costs about 0.3 ms a line (a 100,000-line dump would take 30 s).</summary>
    public const int MaxBlockLines = 5000;

    private readonly ConcurrentDictionary<CodeBlock, Lazy<HighlightedCode>> _cache = new(ReferenceEqualityComparer.Instance);

    public HighlightOptions Options { get; } = options;

    /// <summary>Where highlighted blocks are kept between runs (null: not kept).</summary>
    public ContentCache? Cache { get; init; } = ContentCache.Shared;

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
        if (language is null && DiagramLanguages.Contains(block.Language)) return HighlightedCode.Plain(block.Text); // reported by the reader
        if (language is null)
        {
            diagnostics.ReportOnce("code-language:" + block.Language.ToLowerInvariant(), new Diagnostic(Severity.Info, "code-language",
                $"code in '{DiagnosticText.Shorten(block.Language)}' is not highlighted (not a known language)", block.Location));
            return HighlightedCode.Plain(block.Text);
        }
        var source = HighlightedCode.SourceLines(block.Text);
        if (source.Length > MaxBlockLines)
        {
            diagnostics.ReportOnce("code-too-long", new Diagnostic(Severity.Info, "code-too-long",
                $"a code block of {source.Length} lines is not highlighted (more than {MaxBlockLines})", block.Location));
            return HighlightedCode.Plain(block.Text);
        }
        var cache = Cache;
        var key = cache is null ? null : TokenCache.Key(language.Scope, block.Text);
        if (cache is not null && TokenCache.Read(cache, key!, source) is { } cached) return new HighlightedCode(cached, language.Label);
        var lines = TextMateTokenizer.Tokenize(language.Scope, source, out var complete);
        if (lines is null) return HighlightedCode.Plain(block.Text);
        if (cache is not null && complete) TokenCache.Write(cache, key!, lines);
        return new HighlightedCode(lines, language.Label);
    }

    /// <summary>
    /// Starts highlighting every code block of the document in the background, languages in parallel (each grammar
    /// tokenizes one block at a time), so writers that need all blocks up front find them done or under way instead
    /// of tokenizing them one after another on one core.
    /// </summary>
    public void Prefetch(Document document)
    {
        if (!Options.Enabled) return;
        var byLanguage = DocumentWalker.AllBlocks(document).OfType<CodeBlock>()
            .Where(c => c.Language.Length > 0 && CodeLanguages.Find(c.Language) is not null)
            .GroupBy(c => CodeLanguages.Find(c.Language)!.Scope)
            .Select(g => g.ToList())
            .ToList();
        if (byLanguage.Count == 0) return;
        _prefetch = Task.Run(() => Parallel.ForEach(byLanguage, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            blocks => { foreach (var block in blocks) Highlight(block); }));
    }

    private Task? _prefetch;

    /// <summary>
    /// Starts loading, in the background, the grammars the document's code blocks need (one per language, in
    /// parallel), so that this overlaps whatever the caller does next (loading fonts) instead of delaying the writers.
    /// Grammars live for the process; the output does not depend on whether this ran. A language whose blocks are all
    /// in the token cache is not loaded (a repeat build needs no grammar).
    /// </summary>
    public static void Preload(Document document, HighlightOptions options)
    {
        if (!options.Enabled) return;
        var cache = ContentCache.Shared;
        var samples = DocumentWalker.AllBlocks(document).OfType<CodeBlock>()
            .Where(c => c.Language.Length > 0 && CodeLanguages.Find(c.Language) is not null)
            .GroupBy(c => CodeLanguages.Find(c.Language)!.Scope)
            .Where(g => cache is null || g.Any(c => cache.Get(TokenCache.Key(g.Key, c.Text)) is null))
            .Select(g => (Scope: g.Key, Line: HighlightedCode.SourceLines(g.First().Text)[0]))
            .ToList();
        if (samples.Count == 0) return;
        _ = Task.Run(() => Parallel.ForEach(samples, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, sample =>
        {
            try
            {
                TextMateTokenizer.Preload(sample.Scope, sample.Line);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A grammar that fails to load fails again when its block is highlighted.
            }
        }));
    }

    /// <summary>Waits for a <see cref="Prefetch"/> still running (so nothing tokenizes after the run has ended).</summary>
    public void WaitForPrefetch()
    {
        try
        {
            _prefetch?.Wait();
        }
        catch (AggregateException)
        {
            // A failure is met again (and reported) by the writer that asks for the block.
        }
    }
}
