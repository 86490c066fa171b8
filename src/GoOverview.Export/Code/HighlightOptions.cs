namespace GoOverview.Export.Code;

/// <summary>`--no-highlight` and `--highlight-style NAME` (Style null: not chosen, a writer's own theme may choose).</summary>
public sealed record HighlightOptions(bool Enabled = true, string? Style = null)
{
    public static readonly HighlightOptions Default = new();
}
