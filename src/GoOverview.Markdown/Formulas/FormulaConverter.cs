using GoOverview.Markdown.Conversion;
using GoOverview.Formulas.Parsing;
using GoOverview.Model;

namespace GoOverview.Markdown.Formulas;

/// <summary>
/// Turns a formula into the model and reports, once and at its line, what the TeX parser could not read (the writers
/// then show that piece as TeX in a code face without reporting it again).
/// </summary>
internal static class FormulaConverter
{
    public static Formula Convert(string tex, bool display, int line, int column, ConversionContext context)
    {
        var parsed = TexParser.Parse(tex);
        foreach (var problem in parsed.Problems)
        {
            var (problemLine, problemColumn) = Position(tex, problem.Offset, line, column);
            context.Diagnostics.Warning("math-unsupported", $"formula: {problem.Message}; shown as TeX", context.At(problemLine, problemColumn));
        }
        return new Formula(tex, display);
    }

    /// <summary>Line and column (0-based) of an offset into the formula, which starts at line/column of the source.</summary>
    private static (int Line, int Column) Position(string tex, int offset, int line, int column)
    {
        offset = System.Math.Clamp(offset, 0, tex.Length);
        var newlines = 0;
        var lastNewline = -1;
        for (var i = 0; i < offset; i++)
        {
            if (tex[i] != '\n') continue;
            newlines++;
            lastNewline = i;
        }
        return newlines == 0 ? (line, column + offset) : (line + newlines, offset - lastNewline - 1);
    }
}
