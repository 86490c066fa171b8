using System.Collections.Immutable;

namespace GoOverview.Formulas.Tree;

/// <summary>A node of a parsed formula. The set is closed: outputs switch over these records.</summary>
public abstract record MathNode;

/// <summary>A horizontal sequence (TeX group or the whole formula).</summary>
public sealed record MathRow(ImmutableArray<MathNode> Items) : MathNode
{
    public static readonly MathRow Empty = new([]);
}

/// <summary>
/// One symbol or word: a letter, a number, an operator, a delimiter, a function name. Text is already the Unicode
/// character(s) (\alpha is α, \mathbb{R} is ℝ). Size is 0 for the natural size, otherwise the delimiter height in em
/// (\big = 1.2 … \Bigg = 3.0).
/// </summary>
public sealed record MathAtom(MathAtomKind Kind, string Text, MathVariant Variant = MathVariant.Default, double Size = 0) : MathNode;

/// <summary>Sub- and superscripts; <see cref="Placement"/> says whether they go under/over the base (\limits) or beside it.</summary>
public sealed record MathScripts(MathNode Base, MathNode? Sub, MathNode? Sup, MathLimits Placement = MathLimits.Auto) : MathNode
{
    /// <summary>Whether the scripts go under and over the base: sums and \lim in display style, or \limits.</summary>
    public bool LimitsAt(bool display) => Placement switch
    {
        MathLimits.Above => true,
        MathLimits.Side => false,
        _ => display && Base is MathAtom atom && MathAtoms.TakesLimits(atom),
    };
}

public sealed record MathFraction(MathNode Numerator, MathNode Denominator, MathFractionStyle Style, bool HasBar) : MathNode;

public sealed record MathRadical(MathNode Body, MathNode? Degree) : MathNode;

/// <summary>\left … \right: delimiters that grow with the body. An empty string is the invisible delimiter "\left.".</summary>
public sealed record MathDelimited(string Open, MathNode Body, string Close) : MathNode;

/// <summary>An accent over the base (\hat, \vec, \bar …); Stretchy ones (\widehat, \overline) span the whole base.</summary>
public sealed record MathAccent(MathNode Base, string Accent, bool Stretchy) : MathNode;

/// <summary>A line or brace over/under the base, with an optional annotation (\overbrace{x}^{n}, \underline{x}).</summary>
public sealed record MathOverUnder(MathNode Base, MathOverUnderKind Kind, MathNode? Annotation) : MathNode;

/// <summary>An array environment (matrix, aligned, cases …); rows of cells with one alignment per column.</summary>
public sealed record MathTable(ImmutableArray<ImmutableArray<MathNode>> Rows, ImmutableArray<MathColumnAlign> Columns, MathTableKind Kind) : MathNode
{
    public int ColumnCount => Rows.IsEmpty ? 0 : Rows.Max(row => row.Length);

    public MathColumnAlign AlignOf(int column) =>
        column < Columns.Length ? Columns[column] : Columns.IsEmpty ? MathColumnAlign.Center : Columns[^1];
}

/// <summary>Explicit space in em (\, is 3/18 em, \quad 1 em, \! −3/18 em).</summary>
public sealed record MathSpace(double Em) : MathNode;

/// <summary>Text inside a formula (\text{中文}); set in the text face, not in math italic.</summary>
public sealed record MathText(string Text) : MathNode;

/// <summary>\displaystyle or \textstyle applied to the rest of a group.</summary>
public sealed record MathStyled(bool Display, MathNode Body) : MathNode;

/// <summary>A command we do not support, kept as its TeX source (shown in a code face, reported once).</summary>
public sealed record MathUnknown(string Tex) : MathNode;
