using GoOverview.Fonts;
using GoOverview.Layout;
using GoOverview.Model;

namespace GoOverview.Layout.Tests;

/// <summary>One engine over the bundled fonts (full files) shared by the tests of a class.</summary>
public sealed class EngineFixture : IDisposable
{
    public EngineFixture()
    {
        Library = FontLibrary.LoadBundled();
        Fonts = ShapingFonts.Full(Library);
    }

    public FontLibrary Library { get; }
    public ShapingFonts Fonts { get; }

    public const float Size = 10;

    public static StyledRun Run(string text, FaceKind face = FaceKind.Regular) => new(text, face, Size, RgbColor.Black);

    /// <summary>Lays out plain text at 10 pt in a column <paramref name="ems"/> ems wide; returns each line's text.</summary>
    public string[] Lines(string text, float ems, ParagraphOptions? options = null) =>
        new TextEngine(Fonts).Layout([Run(text)], ems * Size, options).Lines.Select(l => l.Text).ToArray();

    public void Dispose()
    {
        Fonts.Dispose();
        Library.Dispose();
    }
}
