namespace GoOverview.Export.Code;

/// <summary>
/// `--no-highlight`, `--highlight-style NAME` (Style null: not chosen, so a writer's own theme may choose) and line
/// numbers for every block (config `line-numbers`; a single block asks with `{.numberLines}`).
/// </summary>
public sealed record HighlightOptions(bool Enabled = true, string? Style = null, bool LineNumbers = false)
{
    public static readonly HighlightOptions Default = new();
}
