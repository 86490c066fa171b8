using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace GoOverview.Export.Code;

/// <summary>
/// One language's TextMate grammar with its own registry and lock (TextMate grammars are not thread-safe and compile
/// rules lazily while tokenizing). The grammar first loads without the embedded grammars its
/// <see cref="EmbeddedGrammarPlan"/> defers; a block that reaches one is tokenized again with all of them.
/// </summary>
internal sealed class LanguageGrammar(string scope)
{
    private readonly Lock _gate = new();
    private IGrammar? _grammar;
    private IGrammar? _full;
    private bool _loaded;
    private bool _warm;
    private EmbeddedGrammarPlan _plan = EmbeddedGrammarPlan.None;

    /// <summary>Whether the grammar with every embedded grammar has been loaded (a block needed one that was deferred,
    /// or none was deferred).</summary>
    public bool LoadedFully
    {
        get
        {
            lock (_gate) return _full is not null;
        }
    }

    /// <summary>The embedded grammars deferred (after the first load).</summary>
    public EmbeddedGrammarPlan Plan
    {
        get
        {
            lock (_gate)
            {
                _ = Grammar;
                return _plan;
            }
        }
    }

    /// <summary>The lines' tokens, or null when the grammar is not available.</summary>
    public List<IReadOnlyList<CodeToken>>? Tokenize(string[] lines, out bool complete)
    {
        complete = true;
        lock (_gate)
        {
            var grammar = Grammar;
            if (grammar is null) return null;
            _warm = true;
            return TextMateTokenizer.Tokenize(grammar, _plan, lines, out complete)
                ?? TextMateTokenizer.Tokenize(FullGrammar, EmbeddedGrammarPlan.None, lines, out complete);
        }
    }

    /// <summary>The lines' tokens with every embedded grammar loaded (what <see cref="Tokenize"/> must equal).</summary>
    public List<IReadOnlyList<CodeToken>>? TokenizeWithAllGrammars(string[] lines)
    {
        lock (_gate)
            return Grammar is null ? null : TextMateTokenizer.Tokenize(FullGrammar, EmbeddedGrammarPlan.None, lines, out _);
    }

    public void Preload(string sampleLine)
    {
        lock (_gate)
        {
            if (_warm || Grammar is not { } grammar) return;
            if (sampleLine.Length is > 0 and <= CodeHighlighter.MaxLineLength) grammar.TokenizeLine(sampleLine, null, TextMateTokenizer.LineTimeLimit);
            _warm = true;
        }
    }

    /// <summary>Loaded on first use, under the lock.</summary>
    private IGrammar? Grammar
    {
        get
        {
            if (_loaded) return _grammar;
            _loaded = true;
            if (!GrammarSource.Has(scope)) return null;
            var all = new GrammarSource();
            _plan = EmbeddedGrammarPlan.For(scope, all.Read, GrammarSource.Has);
            _grammar = new Registry(_plan.Deferred.Count == 0 ? all : new GrammarSource(_plan, all)).LoadGrammar(scope);
            if (_plan.Deferred.Count == 0) _full = _grammar;
            return _grammar;
        }
    }

    private IGrammar FullGrammar => _full ??= new Registry(new GrammarSource()).LoadGrammar(scope);
}
