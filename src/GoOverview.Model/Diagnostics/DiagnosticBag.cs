namespace GoOverview.Model.Diagnostics;

/// <summary>The one sink of warnings and errors for a run. Thread-safe: writers may report in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly HashSet<string> _onceKeys = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Called for every new diagnostic (e.g. by the CLI to print as they come).</summary>
    public event Action<Diagnostic>? Reported;

    public void Report(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
        Reported?.Invoke(diagnostic);
    }

    public void Error(string code, string message, SourceLocation? location = null) =>
        Report(new Diagnostic(Severity.Error, code, message, location));

    public void Warning(string code, string message, SourceLocation? location = null) =>
        Report(new Diagnostic(Severity.Warning, code, message, location));

    public void Info(string code, string message, SourceLocation? location = null) =>
        Report(new Diagnostic(Severity.Info, code, message, location));

    /// <summary>Reports only the first diagnostic for a given key (e.g. one per unknown HTML tag name).</summary>
    public bool ReportOnce(string key, Diagnostic diagnostic)
    {
        lock (_lock)
        {
            if (!_onceKeys.Add(key)) return false;
        }
        Report(diagnostic);
        return true;
    }

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_lock) return _items.ToArray(); }
    }

    public bool HasErrors => Items.Any(d => d.Severity == Severity.Error);

    public bool HasWarnings => Items.Any(d => d.Severity == Severity.Warning);
}
