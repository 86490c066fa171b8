using GoOverview.Fonts;
using GoOverview.Fonts.Choice;

namespace GoOverview.Cli;

/// <summary>The run's fonts for --font (or the config's font): a font that cannot be used is a usage error.</summary>
public static class ChosenFonts
{
    /// <exception cref="UsageException">The font file or family cannot be used; the message says why.</exception>
    public static FontLibrary Load(WriterSettings writers)
    {
        try
        {
            return FontLibrary.Load(writers.Font ?? FontChoice.Sans);
        }
        catch (FontChoiceException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
