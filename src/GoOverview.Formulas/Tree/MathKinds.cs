namespace GoOverview.Formulas.Tree;

/// <summary>TeX's atom classes, which decide the spacing between neighbours, plus identifiers and numbers.</summary>
public enum MathAtomKind
{
    Identifier,
    Number,
    /// <summary>An ordinary symbol that is not a letter (∞, ∂, ′).</summary>
    Ordinary,
    /// <summary>A multi-letter function name set upright (sin, log, lim).</summary>
    Function,
    /// <summary>A large operator (∑, ∫, ∏).</summary>
    LargeOperator,
    Binary,
    Relation,
    Open,
    Close,
    Punctuation,
}

/// <summary>The alphabet a letter is drawn from (TeX's \mathrm, \mathbf …). Default is italic for single letters.</summary>
public enum MathVariant
{
    Default,
    Upright,
    Bold,
    Italic,
    BoldItalic,
    DoubleStruck,
    Calligraphic,
    Fraktur,
    SansSerif,
    Monospace,
}

public enum MathFractionStyle { Auto, Display, Text }

public enum MathOverUnderKind { Overline, Underline, Overbrace, Underbrace, Over, Under }

public enum MathColumnAlign { Left, Center, Right }

/// <summary>What an array environment is; delimiters (pmatrix, cases) are a <see cref="MathDelimited"/> around it.</summary>
public enum MathTableKind { Matrix, Aligned, Gathered, Cases, Array }

/// <summary>Where scripts of a large operator go: by TeX's default (Auto), \limits (Above) or \nolimits (Side).</summary>
public enum MathLimits { Auto, Above, Side }
