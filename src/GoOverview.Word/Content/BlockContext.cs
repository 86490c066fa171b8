using DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Content;

/// <summary>Where blocks are being placed: the paragraph style, list level and extra indent they inherit.</summary>
internal sealed record BlockContext(string ParagraphStyle, int ListLevel, int IndentTwips, bool InFootnote)
{
    public static BlockContext Body(string bodyStyle) => new(bodyStyle, -1, 0, InFootnote: false);

    /// <summary>Set inside a centred or right-aligned Div.</summary>
    public JustificationValues? Justification { get; init; }
}
