using System.Xml.Linq;
using GoOverview.Epub.Tests.Support;
using GoOverview.TestSupport;
using HarfBuzzSharp;
using Xunit;

namespace GoOverview.Epub.Tests;

public sealed class FontSubsetTests
{
    [Fact]
    public void EmbeddedSubsets_CoverEveryCharacterTheBookShows()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-fonts")));
        AssertCovered(book);
    }

    [Fact]
    public void EmbeddedSubsets_AreSubsets_NotTheWholeFonts()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        var full = new FileInfo(Path.Combine(Fonts.FontLibrary.FindFontsDirectory(), "NotoSansSC-Regular.ttf")).Length;
        Assert.True(book.Entries["EPUB/fonts/NotoSansSC-Regular.ttf"].Length < full / 20);
        using var font = Load(book.Entries["EPUB/fonts/NotoSansSC-Regular.ttf"]);
        Assert.False(font.TryGetNominalGlyph('鼎', out _)); // not in the book
    }

    internal static void AssertCovered(EpubBuild book)
    {
        using var regular = Load(book.Entries["EPUB/fonts/NotoSansSC-Regular.ttf"]);
        using var bold = Load(book.Entries["EPUB/fonts/NotoSansSC-Bold.ttf"]);
        var shown = new SortedSet<int>();
        foreach (var name in book.XhtmlEntries)
        {
            var body = XDocument.Parse(book.Text(name)).Root!.Element(EpubBuild.Xhtml + "body")!;
            foreach (var text in body.DescendantNodes().OfType<XText>())
                foreach (var rune in text.Value.EnumerateRunes())
                    if (!System.Text.Rune.IsWhiteSpace(rune)) shown.Add(rune.Value);
        }
        Assert.True(shown.Count > 50);
        var missingRegular = shown.Where(cp => !regular.TryGetNominalGlyph((uint)cp, out _)).ToList();
        var missingBold = shown.Where(cp => !bold.TryGetNominalGlyph((uint)cp, out _)).ToList();
        Assert.True(missingRegular.Count == 0, "regular subset lacks " + string.Join(" ", missingRegular.Select(char.ConvertFromUtf32)));
        Assert.True(missingBold.Count == 0, "bold subset lacks " + string.Join(" ", missingBold.Select(char.ConvertFromUtf32)));
    }

    private static HarfBuzzSharp.Font Load(byte[] data)
    {
        using var blob = Blob.FromStream(new MemoryStream(data));
        using var face = new Face(blob, 0);
        return new HarfBuzzSharp.Font(face);
    }
}
