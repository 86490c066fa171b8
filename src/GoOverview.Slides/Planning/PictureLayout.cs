using System.Collections.Immutable;
using GoOverview.Slides.Measuring;

namespace GoOverview.Slides.Planning;

/// <summary>
/// Places a picture in the body box: scaled to fit (at most twice its natural size, so small images stay sharp),
/// centred, with its caption on the lines under it. A caption that would take more than a third of the box stays in
/// the notes only, so the picture keeps its room.
/// </summary>
internal sealed class PictureLayout(SlideTheme theme, ITextMeasurer measurer)
{
    private const double MaxUpscale = 2;
    private const double CaptionGap = 6;

    public double CaptionFontSize => theme.ReferenceFontSize;

    public (Box Picture, Box? Caption, ImmutableArray<SlideRun> CaptionRuns) Place(SlidePicture picture, ImmutableArray<SlideRun> caption)
    {
        var body = theme.BodyBox;
        var area = new Box(body.X + theme.InsetX, body.Y + theme.InsetY, body.Width - 2 * theme.InsetX, body.Height - 2 * theme.InsetY);
        var captionHeight = 0.0;
        if (!caption.IsEmpty)
        {
            var width = theme.TextAreaWidth(body) - CaptionFontSize;
            var lines = measurer.BreakLines(caption, CaptionFontSize, width).Count;
            captionHeight = lines * theme.LineHeight(CaptionFontSize) + 2 * theme.InsetY;
            if (captionHeight > area.Height / 3)
            {
                caption = ImmutableArray<SlideRun>.Empty;
                captionHeight = 0;
            }
        }
        var room = new Box(area.X, area.Y, area.Width, area.Height - (captionHeight > 0 ? captionHeight + CaptionGap : 0));
        var scale = Math.Min(MaxUpscale, Math.Min(room.Width / picture.NaturalWidth, room.Height / picture.NaturalHeight));
        var w = Math.Floor(picture.NaturalWidth * scale);
        var h = Math.Floor(picture.NaturalHeight * scale);
        var placed = new Box(room.X + Math.Floor((room.Width - w) / 2), room.Y + Math.Floor((room.Height - h) / 2), w, h);
        Box? captionBox = captionHeight > 0 ? new Box(body.X, placed.Bottom + CaptionGap, body.Width, captionHeight) : null;
        return (placed, captionBox, caption);
    }
}
