using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Measuring;

namespace GoOverview.Slides.Planning;

/// <summary>Chooses a title's size: the largest from the preferred size down to the minimum (2 pt steps) at which it fits its box.</summary>
internal sealed class TitleFitter(SlideTheme theme, ITextMeasurer measurer, DiagnosticBag diagnostics)
{
    public static readonly RunStyle TitleStyle = RunStyle.Plain with { Bold = true };

    public (string Title, double Size) Fit(string title, Box box, double preferred, double minimum, SourceLocation? location)
    {
        for (var size = preferred; size >= minimum; size -= 2)
        {
            if (Fits(title, box, size)) return (title, size);
        }
        // Too long even at the minimum: shorten with an ellipsis (the notes keep the whole title).
        var shortened = title;
        while (shortened.Length > 1 && !Fits(shortened + "…", box, minimum)) shortened = shortened[..^1];
        diagnostics.Warning("slides-title-too-long", $"slide title \"{title}\" is too long for the title box; shortened to \"{shortened}…\"", location);
        return (shortened + "…", minimum);
    }

    public bool Fits(string title, Box box, double size)
    {
        var width = theme.TextAreaWidth(box) - size;
        var lines = measurer.BreakLines([new SlideRun(title, TitleStyle)], size, width).Count;
        return lines * theme.LineHeight(size) <= box.Height - 2 * theme.InsetY;
    }
}
