using GoOverview.Model;

namespace GoOverview.Layout;

/// <summary>Which bundled face a run asks for; characters the face lacks fall back along FontLibrary's chain.</summary>
public enum FaceKind
{
    Regular,
    Bold,
    Mono,
}

/// <summary>Lines drawn with the text.</summary>
[Flags]
public enum TextDecorations
{
    None = 0,
    Underline = 1,
    Strikethrough = 2,
    /// <summary>Chinese emphasis dots (着重号) under each character — emphasis without a fake italic.</summary>
    EmphasisDots = 4,
}

/// <summary>
/// A piece of paragraph text with one style. Size is in points; Rise shifts the baseline up (points, negative = down,
/// for superscript/subscript); Link is a URL or "#id" target carried through to the laid-out glyph runs;
/// Background shades the run (inline code). Text may contain '\n' for a forced line break.
/// </summary>
public sealed record StyledRun(
    string Text,
    FaceKind Face,
    float Size,
    RgbColor Color,
    TextDecorations Decorations = TextDecorations.None,
    float Rise = 0,
    string? Link = null,
    RgbColor? Background = null);

public enum TextAlignment
{
    Left,
    Center,
    Right,
    /// <summary>Inter-character justification (CJK) and inter-word (Latin); the last line stays ragged.</summary>
    Justify,
}

/// <summary>How a paragraph is set. LineHeight is a multiple of the largest font size on the line.</summary>
public sealed record ParagraphOptions(
    TextAlignment Alignment = TextAlignment.Justify,
    float LineHeight = 1.6f,
    float FirstLineIndent = 0,
    bool AvoidLoneLastCharacter = true,
    bool CjkLatinSpacing = true)
{
    public static readonly ParagraphOptions Default = new();
}
