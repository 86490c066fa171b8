namespace GoOverview.Model;

/// <summary>Fence languages that are diagram sources (mermaid, PlantUML, Graphviz). The reader reports them once as
/// "diagram not rendered"; the highlighter leaves them plain without a second report.</summary>
public static class DiagramLanguages
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "mermaid", "plantuml", "puml", "dot", "graphviz", "flowchart", "sequence", "flow",
    };

    public static bool Contains(string language) => Names.Contains(language);
}
