namespace GoOverview.Model;

/// <summary>A place in a source file; Line and Column are 1-based.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
