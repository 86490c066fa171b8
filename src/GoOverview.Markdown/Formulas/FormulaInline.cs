using Markdig.Syntax.Inlines;

namespace GoOverview.Markdown.Formulas;

/// <summary>A formula found in running text; Tex is the source between the delimiters, untouched by Markdown escapes.</summary>
internal sealed class FormulaInline(string tex, bool display) : LeafInline
{
    public string Tex { get; } = tex;

    public bool Display { get; } = display;
}
