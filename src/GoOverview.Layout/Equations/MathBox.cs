using GoOverview.Formulas.Tree;

namespace GoOverview.Layout.Equations;

/// <summary>A box under construction: metrics in points, items relative to its own origin (left edge, baseline).</summary>
internal sealed class MathBox
{
    public float Width;
    public float Ascent;
    public float Descent;
    /// <summary>Italic correction of the last glyph (where a superscript may start further right).</summary>
    public float Italic;
    /// <summary>Where an accent over this box attaches (x), when it is one glyph with an attachment point.</summary>
    public float? TopAccent;
    public bool IsSingleGlyph;
    /// <summary>An explicit space (\quad, \,): transparent to the spacing between its neighbours.</summary>
    public bool IsSpace;
    /// <summary>The TeX atom class for spacing against the neighbours.</summary>
    public SpacingClass Class = SpacingClass.Ord;
    public readonly List<EquationGlyph> Glyphs = [];
    public readonly List<EquationRule> Rules = [];

    public float Height => Ascent + Descent;

    public void Place(MathBox child, float dx, float dy)
    {
        foreach (var g in child.Glyphs) Glyphs.Add(g with { X = g.X + dx, Y = g.Y + dy });
        foreach (var r in child.Rules) Rules.Add(r with { X = r.X + dx, Bottom = r.Bottom + dy });
        Ascent = System.Math.Max(Ascent, child.Ascent + dy);
        Descent = System.Math.Max(Descent, child.Descent - dy);
    }

    public void AddRule(float x, float bottom, float width, float height)
    {
        Rules.Add(new EquationRule(x, bottom, width, height));
        Ascent = System.Math.Max(Ascent, bottom + height);
        Descent = System.Math.Max(Descent, -bottom);
    }
}

/// <summary>TeX's atom classes as far as spacing goes.</summary>
internal enum SpacingClass { Ord, Op, Bin, Rel, Open, Close, Punct, Inner }

internal static class SpacingClasses
{
    public static SpacingClass Of(MathAtomKind kind) => kind switch
    {
        MathAtomKind.LargeOperator or MathAtomKind.Function => SpacingClass.Op,
        MathAtomKind.Binary => SpacingClass.Bin,
        MathAtomKind.Relation => SpacingClass.Rel,
        MathAtomKind.Open => SpacingClass.Open,
        MathAtomKind.Close => SpacingClass.Close,
        MathAtomKind.Punctuation => SpacingClass.Punct,
        _ => SpacingClass.Ord,
    };

    // TeX's table (The TeXbook, ch. 18), in mu: 0 none, 3 thin, 4 medium, 5 thick; negative = only in display/text style.
    private static readonly int[,] Table =
    {
        //        Ord Op  Bin Rel Open Close Punct Inner
        /*Ord*/ { 0,  3,  -4, -5, 0,   0,    0,    -3 },
        /*Op*/  { 3,  3,  0,  -5, 0,   0,    0,    -3 },
        /*Bin*/ { -4, -4, 0,  0,  -4,  0,    0,    -4 },
        /*Rel*/ { -5, -5, 0,  0,  -5,  0,    0,    -5 },
        /*Open*/{ 0,  0,  0,  0,  0,   0,    0,    0 },
        /*Close*/{ 0, 3,  -4, -5, 0,   0,    0,    -3 },
        /*Punct*/{ -3, -3, 0, -3, -3,  -3,   -3,   -3 },
        /*Inner*/{ -3, 3, -4, -5, -3,  0,    -3,   -3 },
    };

    /// <summary>The space between two neighbours in em (mu / 18).</summary>
    public static float Between(SpacingClass left, SpacingClass right, bool scriptStyle)
    {
        var mu = Table[(int)left, (int)right];
        if (mu < 0) mu = scriptStyle ? 0 : -mu;
        return mu / 18f;
    }
}
