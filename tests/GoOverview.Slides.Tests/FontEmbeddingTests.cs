using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;
using Xunit.Abstractions;

namespace GoOverview.Slides.Tests;

/// <summary>
/// The deck carries its fonts: Noto Sans SC regular and bold as EOT-wrapped TrueType subsets in .fntdata parts,
/// listed in p:embeddedFontLst, covering every character the slides and notes show.
/// </summary>
public sealed class FontEmbeddingTests(ITestOutputHelper output)
{
    private static readonly XNamespace P = SlideXmlView.P;
    private static readonly XNamespace R = SlideXmlView.R;

    [ToolFact("fc-query", HermeticFonts = true)]
    public void SeedDeckEmbedsNotoSansScRegularAndBoldCoveringEveryCharacterShown()
    {
        using var document = Decks.Seed.Open();
        var presentation = document.PresentationPart!;
        var root = XElement.Load(presentation.GetStream());
        Assert.Equal("1", (string?)root.Attribute("embedTrueTypeFonts"));
        var entry = root.Element(P + "embeddedFontLst")!.Elements(P + "embeddedFont")
            .Single(e => (string?)e.Element(P + "font")!.Attribute("typeface") == "Noto Sans SC");
        Assert.Equal("-122", (string?)entry.Element(P + "font")!.Attribute("charset"));

        var shown = CharactersShown(document);
        output.WriteLine($"{shown.Count} distinct characters on slides and notes");
        foreach (var (slot, style) in new[] { ("regular", "Regular"), ("bold", "Bold") })
        {
            var id = (string)entry.Element(P + slot)!.Attribute(R + "id")!;
            var part = presentation.GetPartById(id);
            Assert.Equal("application/x-fontdata", part.ContentType);
            Assert.EndsWith(".fntdata", part.Uri.ToString());
            Assert.Equal("http://schemas.openxmlformats.org/officeDocument/2006/relationships/font", RelationshipType(id));
            byte[] eot;
            using (var stream = part.GetStream()) { using var buffer = new MemoryStream(); stream.CopyTo(buffer); eot = buffer.ToArray(); }
            Assert.Equal("Noto Sans SC", EotFile.FamilyName(eot));
            var ttf = EotFile.Unwrap(eot);
            Assert.Equal(0x00010000u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(ttf));
            Assert.InRange(ttf.Length, 10_000, 2_000_000); // a subset, not the 10 MB font

            var (family, fontStyle, covered) = FcQuery(ttf);
            Assert.Equal("Noto Sans SC", family);
            Assert.Equal(style, fontStyle);
            var missing = shown.Where(cp => !covered.Contains(cp)).Select(cp => char.ConvertFromUtf32(cp)).ToList();
            Assert.True(missing.Count == 0, $"{slot} subset lacks: {string.Concat(missing)}");
        }
    }

    [Fact]
    public void TheMonospaceFontIsEmbeddedOnlyWhenTheDeckShowsCode()
    {
        static IEnumerable<string?> Typefaces(WrittenDeck deck)
        {
            using var document = deck.Open();
            var root = XElement.Load(document.PresentationPart!.GetStream());
            return root.Descendants(P + "font").Select(f => (string?)f.Attribute("typeface")).ToList();
        }
        Assert.Equal(["Noto Sans SC"], Typefaces(Decks.Seed));
        Assert.Equal(["Noto Sans SC", "JetBrains Mono"], Typefaces(Decks.Write(Fixtures.Mixed(), "mixed-fonts")));
        var noEmbedding = Decks.Write(Fixtures.Mixed(), "no-fonts", new PptxOptions { EmbedFonts = false });
        Assert.Empty(Typefaces(noEmbedding));
        Assert.True(noEmbedding.Bytes.Length < Decks.Seed.Bytes.Length / 2);
    }

    /// <summary>The Type of a relationship of presentation.xml, read from the raw package.</summary>
    private static string RelationshipType(string id)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(Decks.Seed.Bytes));
        var rels = XElement.Load(zip.GetEntry("ppt/_rels/presentation.xml.rels")!.Open());
        return (string)rels.Elements().Single(r => (string?)r.Attribute("Id") == id).Attribute("Type")!;
    }

    /// <summary>Every non-space character of the slides' and notes' text runs, read from the package XML.</summary>
    private static SortedSet<int> CharactersShown(PresentationDocument document)
    {
        var set = new SortedSet<int>();
        foreach (var slide in SlideXmlView.All(document))
        {
            var texts = slide.Root.Descendants(SlideXmlView.A + "t").Select(t => t.Value)
                .Concat(slide.Notes?.Descendants(SlideXmlView.A + "t").Select(t => t.Value) ?? []);
            foreach (var text in texts)
                foreach (var rune in text.EnumerateRunes())
                    if (!Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune)) set.Add(rune.Value);
        }
        return set;
    }

    /// <summary>Family, style and character coverage as fontconfig (FreeType) reads the font.</summary>
    private static (string Family, string Style, HashSet<int> Covered) FcQuery(byte[] ttf)
    {
        var dir = TestFiles.NewTempDirectory("gooverview-font");
        var path = Path.Combine(dir, "font.ttf");
        File.WriteAllBytes(path, ttf);
        var fontconfig = HermeticFontconfig.Create(Path.Combine(dir, "fontconfig"));
        var result = ExternalTool.Run("fc-query", ["--format", "%{family}|%{style}|%{charset}", path], environment: fontconfig.Environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        var fields = result.StdOut.Split('|');
        var covered = new HashSet<int>();
        foreach (var range in fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = range.Split('-').Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            for (var cp = ends[0]; cp <= ends[^1]; cp++) covered.Add(cp);
        }
        return (fields[0].Split(',')[0], fields[1].Split(',')[0], covered);
    }
}
