using GoOverview.Fonts;
using GoOverview.Fonts.Choice;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Pdf.Theme;

namespace GoOverview.Pdf;

/// <summary>
/// The theme's "bodyFont" may ask for another body face than the run's fonts (PdfOptions.BodyFont, the CLI's --font
/// and a run started with a user's font file win over it): then the handout loads its own set.
/// </summary>
internal static class HandoutFonts
{
    /// <summary>A font set of the handout's own, or null when the run's fonts are the ones wanted.</summary>
    /// <exception cref="ContentException">The theme's font file or family cannot be used.</exception>
    public static FontLibrary? OwnSet(PdfOptions options, PdfTheme theme, FontLibrary run)
    {
        FontChoice? wanted = options.BodyFont is { } face ? new FontChoice.Bundled(face)
            : run.HasChosenBody ? null
            : theme.BodyFont;
        if (wanted is null) return null;
        if (wanted is FontChoice.Bundled bundled && !run.HasChosenBody && bundled.Face == run.Body) return null;
        try
        {
            return FontLibrary.Load(wanted);
        }
        catch (FontChoiceException e)
        {
            throw new ContentException("PDF theme bodyFont: " + e.Message, options.ThemePath is { } themePath ? new SourceLocation(themePath, 1, 1) : null);
        }
    }
}
