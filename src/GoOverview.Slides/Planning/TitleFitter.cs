using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Measuring;

namespace GoOverview.Slides.Planning;

/// <summary>Chooses a title's size: the largest from the preferred size down to the minimum (2 pt steps) at which it fits its box.</summary>
internal sealed class TitleFitter(SlideTheme theme, ITextMeasurer measurer, DiagnosticBag diagnostics)
{
    public static readonly RunStyle TitleStyle = RunStyle.Plain with { Bold = true };

    /// <summary>No title box holds more characters than this at any size: longer titles are shortened without measuring them whole.</summary>
    private const int MaxShownCharacters = 400;

    public (string Title, double Size) Fit(string title, Box box, double preferred, double minimum, SourceLocation? location)
    {
        if (title.Length <= MaxShownCharacters)
        {
            for (var size = preferred; size >= minimum; size -= 2)
            {
                if (Fits(title, box, size)) return (title, size);
            }
        }
        // Too long even at the minimum: the longest prefix that fits with an ellipsis, found by halving (the notes keep the whole title).
        int fitting = 1, tooLong = Math.Min(title.Length, MaxShownCharacters) + 1;
        while (tooLong - fitting > 1)
        {
            var middle = (fitting + tooLong) / 2;
            if (Fits(Prefix(title, middle) + "…", box, minimum)) fitting = middle;
            else tooLong = middle;
        }
        var shortened = Prefix(title, fitting);
        diagnostics.Warning("slides-title-too-long",
            $"slide title \"{Prefix(title, 40)}{(title.Length > 40 ? "…" : "")}\" ({title.Length} characters) is too long for the title box; shortened to {shortened.Length} characters", location);
        return (shortened + "…", minimum);
    }

    /// <summary>The first <paramref name="length"/> characters, never ending inside a surrogate pair.</summary>
    private static string Prefix(string text, int length)
    {
        if (length >= text.Length) return text;
        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }

    public bool Fits(string title, Box box, double size)
    {
        var width = theme.TextAreaWidth(box) - size;
        var lines = measurer.BreakLines([new SlideRun(title, TitleStyle)], size, width).Count;
        return lines * theme.LineHeight(size) <= box.Height - 2 * theme.InsetY;
    }
}
