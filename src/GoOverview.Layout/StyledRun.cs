using GoOverview.Model;

namespace GoOverview.Layout;

/// <summary>Which bundled face a run asks for; characters the face lacks fall back along FontLibrary's chain.</summary>
public enum FaceKind
{
    Regular,
    Bold,
    Mono,
    /// <summary>Bold code (highlighted keywords).</summary>
    MonoBold,
    /// <summary>Italic code (highlighted comments).</summary>
    MonoItalic,
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
/// An object set inline like a character (an inline image): Width × Height in points, standing on the baseline
/// DescentBelow points deep. Tag is what the writer draws (the engine only measures).
/// </summary>
public sealed record InlineBox(float Width, float Height, float DescentBelow, object? Tag);

/// <summary>
/// A piece of paragraph text with one style. Size is in points; Rise shifts the baseline up (points, negative = down,
/// for superscript/subscript); Link is a URL or "#id" target carried through to the laid-out glyph runs;
/// Background shades the run (inline code). Text may contain '\n' for a forced line break. A run with a Box is one
/// inline object (its Text is <see cref="InlineBox"/>'s stand-in, U+FFFC): a break is allowed on either side.
/// </summary>
public sealed record StyledRun(
    string Text,
    FaceKind Face,
    float Size,
    RgbColor Color,
    TextDecorations Decorations = TextDecorations.None,
    float Rise = 0,
    string? Link = null,
    RgbColor? Background = null,
    InlineBox? Box = null)
{
    /// <summary>An inline object (image) as a run: one U+FFFC character measured as the box.</summary>
    public static StyledRun ForBox(InlineBox box, float size, RgbColor color, string? link = null) =>
        new(ObjectReplacement, FaceKind.Regular, size, color, Link: link, Box: box);

    public const string ObjectReplacement = "\uFFFC";
}

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
