using System.Buffers.Binary;
using System.Xml.Linq;
using GoOverview.Export;
using GoOverview.Export.Code;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Tests.Support;
using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests;

/// <summary>Bold keywords and italic comments on code slides use the real JetBrains Mono Bold and Italic, embedded only when used.</summary>
public sealed class CodeFontSlidesTests
{
    private static readonly XNamespace P = SlideXmlView.P;
    private static readonly XNamespace R = SlideXmlView.R;

    private static byte[] Write(Model.Document document, bool highlight)
    {
        var diagnostics = new DiagnosticBag();
        var context = ExportContext.For(document, diagnostics, Decks.Fonts, highlight: new HighlightOptions(Enabled: highlight));
        using var output = new MemoryStream();
        new PptxWriter(PptxOptions.Default).Write(document, output, context);
        return output.ToArray();
    }

    /// <summary>Slot (regular, bold, italic) → the embedded TrueType of JetBrains Mono.</summary>
    private static Dictionary<string, byte[]> MonoFaces(byte[] pptx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(new MemoryStream(pptx), false);
        var presentation = document.PresentationPart!;
        var root = XElement.Load(presentation.GetStream());
        var entry = root.Element(P + "embeddedFontLst")!.Elements(P + "embeddedFont")
            .Single(e => (string?)e.Element(P + "font")!.Attribute("typeface") == "JetBrains Mono");
        var faces = new Dictionary<string, byte[]>();
        foreach (var slot in entry.Elements().Where(e => e.Name != P + "font"))
        {
            using var stream = presentation.GetPartById((string)slot.Attribute(R + "id")!).GetStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Assert.Equal("JetBrains Mono", EotFile.FamilyName(buffer.ToArray()));
            faces[slot.Name.LocalName] = EotFile.Unwrap(buffer.ToArray());
        }
        return faces;
    }

    /// <summary>usWeightClass and the italic bit of fsSelection, read from the font's own OS/2 table.</summary>
    private static (int Weight, bool Italic) Os2(byte[] ttf)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(ttf.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = ttf.AsSpan(12 + 16 * i);
            if (System.Text.Encoding.ASCII.GetString(record[..4]) != "OS/2") continue;
            var os2 = ttf.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            return (BinaryPrimitives.ReadUInt16BigEndian(os2[4..]), (BinaryPrimitives.ReadUInt16BigEndian(os2[62..]) & 1) != 0);
        }
        throw new InvalidDataException("no OS/2 table");
    }

    [Fact]
    public void Highlighted_code_embeds_mono_bold_and_italic_and_the_deck_uses_them()
    {
        var pptx = Write(CodeSamples.Read(), highlight: true);
        var faces = MonoFaces(pptx);
        Assert.Equal(["regular", "bold", "italic"], faces.Keys);
        Assert.Equal((400, false), Os2(faces["regular"]));
        Assert.Equal((700, false), Os2(faces["bold"]));
        Assert.True(Os2(faces["italic"]).Italic);
        // the reason they are there: some monospaced runs are bold, some italic
        var runs = SlideXmlView.All(DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(new MemoryStream(pptx), false))
            .SelectMany(s => s.Root.Descendants(SlideXmlView.A + "rPr"))
            .Where(r => (string?)r.Element(SlideXmlView.A + "latin")?.Attribute("typeface") == "JetBrains Mono").ToList();
        Assert.Contains(runs, r => (string?)r.Attribute("b") == "1");
        Assert.Contains(runs, r => (string?)r.Attribute("i") == "1");
    }

    [Fact]
    public void Plain_code_embeds_only_the_regular_mono_face()
    {
        var faces = MonoFaces(Write(CodeSamples.Read(), highlight: false));
        Assert.Equal(["regular"], faces.Keys);
    }
}
