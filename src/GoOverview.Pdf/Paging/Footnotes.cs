using GoOverview.Model;
using GoOverview.Pdf.Drawing;

namespace GoOverview.Pdf.Paging;

/// <summary>
/// A footnote's text as slices (its lines, set smaller), placed at the foot of the page that references it. The
/// first line's SpaceBefore separates it from the note above it on the same foot.
/// </summary>
internal sealed class FootnoteBody(int number, List<Slice> lines)
{
    public int Number { get; } = number;
    public List<Slice> Lines { get; } = lines;
}

/// <summary>
/// The foot of a page: a separator (its Height includes the gap above and below the rule) above the notes. A note
/// continued from the previous page may take at most <see cref="MaxCarryShare"/> of the next page.
/// </summary>
internal sealed record FootnoteArea(Slice Separator)
{
    public const float MaxCarryShare = 0.5f;
}

/// <summary>The footnote separator: a short hairline at the left of the content box, low in its height.</summary>
internal sealed class FootnoteRuleSlice(float width, RgbColor color) : Slice
{
    public override void Draw(DrawContext context, float x, float y) =>
        context.StrokeLine(x, y + Height - 5, x + width, y + Height - 5, 0.6f, color);
}
