using System.Collections.Immutable;
using GoOverview.Formulas.Tree;

namespace GoOverview.Formulas.Parsing;

/// <summary>The array environments we know: what kind of table, its column alignment and its delimiters.</summary>
internal static class TexEnvironments
{
    public sealed record Environment(MathTableKind Kind, MathColumnAlign[] Columns, bool AlternateRightLeft, string Open, string Close);

    private static readonly MathColumnAlign[] Centered = [MathColumnAlign.Center];
    private static readonly MathColumnAlign[] LeftLeft = [MathColumnAlign.Left, MathColumnAlign.Left];

    private static readonly Dictionary<string, Environment> Known = new(StringComparer.Ordinal)
    {
        ["matrix"] = new(MathTableKind.Matrix, Centered, false, "", ""),
        ["smallmatrix"] = new(MathTableKind.Matrix, Centered, false, "", ""),
        ["pmatrix"] = new(MathTableKind.Matrix, Centered, false, "(", ")"),
        ["bmatrix"] = new(MathTableKind.Matrix, Centered, false, "[", "]"),
        ["Bmatrix"] = new(MathTableKind.Matrix, Centered, false, "{", "}"),
        ["vmatrix"] = new(MathTableKind.Matrix, Centered, false, "|", "|"),
        ["Vmatrix"] = new(MathTableKind.Matrix, Centered, false, "‖", "‖"),
        ["cases"] = new(MathTableKind.Cases, LeftLeft, false, "{", ""),
        ["dcases"] = new(MathTableKind.Cases, LeftLeft, false, "{", ""),
        ["rcases"] = new(MathTableKind.Cases, LeftLeft, false, "", "}"),
        ["aligned"] = new(MathTableKind.Aligned, [], true, "", ""),
        ["align"] = new(MathTableKind.Aligned, [], true, "", ""),
        ["align*"] = new(MathTableKind.Aligned, [], true, "", ""),
        ["alignat"] = new(MathTableKind.Aligned, [], true, "", ""),
        ["alignat*"] = new(MathTableKind.Aligned, [], true, "", ""),
        ["split"] = new(MathTableKind.Aligned, [], true, "", ""),
        ["eqnarray"] = new(MathTableKind.Aligned, [MathColumnAlign.Right, MathColumnAlign.Center, MathColumnAlign.Left], false, "", ""),
        ["eqnarray*"] = new(MathTableKind.Aligned, [MathColumnAlign.Right, MathColumnAlign.Center, MathColumnAlign.Left], false, "", ""),
        ["gathered"] = new(MathTableKind.Gathered, Centered, false, "", ""),
        ["gather"] = new(MathTableKind.Gathered, Centered, false, "", ""),
        ["gather*"] = new(MathTableKind.Gathered, Centered, false, "", ""),
        ["multline"] = new(MathTableKind.Gathered, Centered, false, "", ""),
        ["multline*"] = new(MathTableKind.Gathered, Centered, false, "", ""),
        ["equation"] = new(MathTableKind.Gathered, Centered, false, "", ""),
        ["equation*"] = new(MathTableKind.Gathered, Centered, false, "", ""),
        ["array"] = new(MathTableKind.Array, Centered, false, "", ""),
        ["subarray"] = new(MathTableKind.Array, Centered, false, "", ""),
    };

    public static Environment? Find(string name) => Known.GetValueOrDefault(name);

    /// <summary>Column alignment for a table: alternating right/left for align-like environments (r l r l …).</summary>
    public static ImmutableArray<MathColumnAlign> ColumnsFor(Environment environment, int columnCount)
    {
        if (!environment.AlternateRightLeft) return [.. environment.Columns];
        var columns = ImmutableArray.CreateBuilder<MathColumnAlign>(columnCount);
        for (var i = 0; i < columnCount; i++) columns.Add(i % 2 == 0 ? MathColumnAlign.Right : MathColumnAlign.Left);
        return columns.MoveToImmutable();
    }

    /// <summary>An array's column spec ("lcr", "c|c", "@{}ll@{}") → alignments; other characters are skipped.</summary>
    public static ImmutableArray<MathColumnAlign> ParseColumnSpec(string spec)
    {
        var columns = ImmutableArray.CreateBuilder<MathColumnAlign>();
        for (var i = 0; i < spec.Length; i++)
        {
            switch (spec[i])
            {
                case 'l': columns.Add(MathColumnAlign.Left); break;
                case 'c': columns.Add(MathColumnAlign.Center); break;
                case 'r': columns.Add(MathColumnAlign.Right); break;
                case '@' or 'p' or 'm' or 'b' when i + 1 < spec.Length && spec[i + 1] == '{':
                    var isColumn = spec[i] != '@';
                    var depth = 0;
                    for (i++; i < spec.Length; i++)
                    {
                        if (spec[i] == '{') depth++;
                        else if (spec[i] == '}' && --depth == 0) break;
                    }
                    if (isColumn) columns.Add(MathColumnAlign.Left);
                    break;
            }
        }
        return columns.Count == 0 ? [MathColumnAlign.Center] : columns.ToImmutable();
    }
}
