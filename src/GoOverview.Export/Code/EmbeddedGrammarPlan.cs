using TextMateSharp.Internal.Types;

namespace GoOverview.Export.Code;

/// <summary>
/// Which grammars a language's grammar embeds that can be left out until a block needs them. TextMateSharp loads
/// and compiles every grammar a grammar includes, transitively, before the first line: the shell grammar's heredocs
/// (<c>&lt;&lt;PYTHON</c>, <c>&lt;&lt;RUBY</c>, <c>&lt;&lt;HTML</c>, <c>&lt;&lt;MARKDOWN</c>) pull in Ruby, Python, HTML,
/// Markdown and through them nearly every bundled grammar, about 1.5 MB of JSON for a block of <c>go build</c>.
/// <para>
/// An embedded grammar is left out when every place that includes it lies inside a rule with a scope name (its
/// <em>guard</em>): every token produced while that rule is open carries the guard, so a block whose tokens carry
/// none of the guards never reached the embedded grammar and is tokenized exactly as with it. A block whose tokens
/// carry a guard is tokenized again with all grammars (<see cref="TextMateTokenizer"/>).
/// </para>
/// </summary>
internal sealed class EmbeddedGrammarPlan
{
    /// <summary>Embedded scopes not loaded → the names of their repository rules that are included (scope#name).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Deferred { get; }

    /// <summary>Scope names of the rules that include a deferred grammar.</summary>
    public IReadOnlySet<string> Guards { get; }

    private EmbeddedGrammarPlan(IReadOnlyDictionary<string, IReadOnlySet<string>> deferred, IReadOnlySet<string> guards)
    {
        Deferred = deferred;
        Guards = guards;
    }

    public static readonly EmbeddedGrammarPlan None = new(new Dictionary<string, IReadOnlySet<string>>(), new HashSet<string>());

    /// <summary>
    /// Plans the loading of <paramref name="rootScope"/>: <paramref name="read"/> gives a grammar's raw form (null when
    /// unknown); <paramref name="known"/> tells whether a grammar exists without reading it (an unknown one is never
    /// deferred: TextMateSharp drops a rule whose includes all resolve to nothing, and a stand-in would keep it).
    /// Grammars that must load are analysed in turn, so an embedded grammar included unguarded by any of them is
    /// loaded too.
    /// </summary>
    public static EmbeddedGrammarPlan For(string rootScope, Func<string, IRawGrammar?> read, Func<string, bool> known)
    {
        var fragments = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var guardsByScope = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var unguarded = new HashSet<string>(StringComparer.Ordinal) { rootScope };
        var analysed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([rootScope]);
        while (pending.Count > 0)
        {
            var scope = pending.Dequeue();
            if (!analysed.Add(scope) || read(scope) is not { } grammar) continue;
            if (grammar.GetInjections() is { Count: > 0 }) return None; // injections apply everywhere: no guard holds
            foreach (var (embedded, fragment, guard) in IncludeSites(grammar))
            {
                if (!known(embedded)) continue;
                if (!fragments.TryGetValue(embedded, out var names)) fragments[embedded] = names = new(StringComparer.Ordinal);
                if (fragment is not null) names.Add(fragment);
                if (guard is null)
                {
                    if (unguarded.Add(embedded)) pending.Enqueue(embedded);
                    continue;
                }
                if (!guardsByScope.TryGetValue(embedded, out var guards)) guardsByScope[embedded] = guards = new(StringComparer.Ordinal);
                guards.Add(guard);
            }
        }
        var deferred = guardsByScope.Keys.Where(s => !unguarded.Contains(s))
            .ToDictionary(s => s, s => (IReadOnlySet<string>)fragments[s], StringComparer.Ordinal);
        var guardNames = deferred.Keys.SelectMany(s => guardsByScope[s]).ToHashSet(StringComparer.Ordinal);
        return deferred.Count == 0 ? None : new EmbeddedGrammarPlan(deferred, guardNames);
    }

    /// <summary>Whether a token with these scopes was produced inside a rule that includes a deferred grammar.</summary>
    public bool Guarded(IEnumerable<string> scopes)
    {
        if (Guards.Count == 0) return false;
        foreach (var scope in scopes)
            if (Guards.Contains(scope)) return true;
        return false;
    }

    /// <summary>
    /// Every place <paramref name="grammar"/> includes another grammar, with the scope name of the innermost named
    /// rule around it in the grammar's own nesting (null when none: then the include is taken as unguarded, even when
    /// every rule that refers to its container is named — a safe loss). Each rule is visited once.
    /// </summary>
    private static List<(string Scope, string? Fragment, string? Guard)> IncludeSites(IRawGrammar grammar)
    {
        var own = grammar.GetScopeName();
        var sites = new List<(string, string?, string?)>();
        var stack = new Stack<(IRawRule Rule, string? Guard)>();

        void Patterns(ICollection<IRawRule>? patterns, string? guard)
        {
            if (patterns is null) return;
            foreach (var p in patterns) stack.Push((p, guard));
        }

        void Captures(IRawCaptures? captures, string? guard)
        {
            if (captures is null) return;
            foreach (var id in captures)
                if (captures.GetCapture(id) is { } capture)
                    stack.Push((capture, Named(capture.GetName()) ?? Named(capture.GetContentName()) ?? guard));
        }

        void Repository(IRawRepository? repository)
        {
            if (repository is not IEnumerable<KeyValuePair<string, object>> entries) return;
            foreach (var (_, entry) in entries)
                if (entry is IRawRule rule) stack.Push((rule, null));
        }

        Patterns(grammar.GetPatterns(), null);
        Repository(grammar.GetRepository());
        while (stack.Count > 0)
        {
            var (rule, guard) = stack.Pop();
            if (rule.GetInclude() is { } include)
            {
                if (include.StartsWith('#') || include.StartsWith('$')) continue;
                var hash = include.IndexOf('#');
                var scope = hash < 0 ? include : include[..hash];
                if (scope != own) sites.Add((scope, hash < 0 ? null : include[(hash + 1)..], guard));
                continue;
            }
            // A rule with neither match nor begin only lends its patterns to the rule around it: its name marks no token.
            var marks = rule.GetMatch() is not null || rule.GetBegin() is not null;
            var named = marks ? Named(rule.GetName()) ?? guard : guard;
            var inner = marks ? named ?? Named(rule.GetContentName()) : guard;
            Repository(rule.GetRepository());
            if (rule.GetMatch() is null) Patterns(rule.GetPatterns(), inner);
            Captures(rule.GetCaptures(), named);
            Captures(rule.GetBeginCaptures(), named);
            Captures(rule.GetEndCaptures(), named);
            Captures(rule.GetWhileCaptures(), named);
        }
        return sites;
    }

    /// <summary>A rule's scope as its tokens carry it (the first of several); null when it has none or one built from
    /// the match (<c>$1</c>), which no fixed name can recognise.</summary>
    private static string? Named(string? scope) =>
        string.IsNullOrWhiteSpace(scope) || scope.Contains('$') ? null : scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
