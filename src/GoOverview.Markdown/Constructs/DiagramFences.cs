using GoOverview.Markdown.Blocks;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Constructs;

/// <summary>Diagram fences (mermaid, PlantUML, Graphviz) are not drawn: they stay code, with one warning each.</summary>
internal static class DiagramFences
{
    public static bool IsDiagram(Md.FencedCodeBlock fence) => DiagramLanguages.Contains(CodeBlockConverter.Convert(fence).Language);

    public static CodeBlock Convert(Md.FencedCodeBlock fence, ConversionContext context)
    {
        var code = CodeBlockConverter.Convert(fence);
        context.Diagnostics.Warning("diagram-not-rendered", $"{code.Language} diagram not rendered; shown as code", context.At(fence));
        return code;
    }
}
