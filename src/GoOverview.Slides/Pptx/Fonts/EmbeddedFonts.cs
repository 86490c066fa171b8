using GoOverview.Export.Packaging;
using System.Xml.Linq;
using GoOverview.Fonts;
using GoOverview.Slides.Pptx.Package;

namespace GoOverview.Slides.Pptx.Fonts;

/// <summary>
/// Embeds the bundled fonts cut down to the deck's characters, as PowerPoint does with "embed fonts in the file"
/// (ECMA-376 Part 1 §19.2.1.9–10): one .fntdata part (EOT-wrapped TrueType) per face, related to the presentation
/// with the font relationship, listed in p:embeddedFontLst under the typeface the runs name. Noto Sans SC regular and
/// bold always; JetBrains Mono regular when the deck has code, and its bold and italic when code tokens are bold
/// (keywords) or italic (comments), so that they are not synthesised; a fallback face of the chain (symbols, emoji, Korean)
/// when a run names it, cut to what it draws.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly XNamespace P = Ns.P;

    /// <summary>GB2312 (134) as the signed byte the schema's charset attribute is.</summary>
    private const string ChineseCharset = "-122";

    /// <summary>Hangul (129) as a signed byte.</summary>
    private const string KoreanCharset = "-127";

    /// <summary>Variable pitch (2) + Swiss family (0x20).</summary>
    private const string SwissVariablePitch = "34";

    /// <summary>Fixed pitch (1) + Modern family (0x30).</summary>
    private const string ModernFixedPitch = "49";

    /// <summary>Adds the font parts and returns the p:embeddedFont entries that list them.</summary>
    public static IReadOnlyList<XElement> Add(OpcPackage package, OpcPart presentation, FontLibrary fonts, IReadOnlyCollection<int> characters,
        CodeFaces code, IEnumerable<(FontFile Face, SortedSet<int> CodePoints)> fallbacks)
    {
        var entries = new List<XElement>
        {
            Entry(package, presentation, fonts.Regular.Family, ChineseCharset, SwissVariablePitch,
                ("regular", fonts.Subset(fonts.Regular, characters)), ("bold", fonts.Subset(fonts.Bold, characters))),
        };
        if (code.Regular)
        {
            var faces = new List<(string, byte[])> { ("regular", fonts.Subset(fonts.Mono, characters)) };
            if (code.Bold && fonts.MonoBold != fonts.Mono) faces.Add(("bold", fonts.Subset(fonts.MonoBold, characters)));
            if (code.Italic && fonts.MonoItalic != fonts.Mono) faces.Add(("italic", fonts.Subset(fonts.MonoItalic, characters)));
            entries.Add(Entry(package, presentation, fonts.Mono.Family, "0", ModernFixedPitch, [.. faces]));
        }
        foreach (var (face, codePoints) in fallbacks)
            entries.Add(Entry(package, presentation, face.Family, face.Family == FontLibrary.KoreanFamily ? KoreanCharset : "0",
                SwissVariablePitch, ("regular", fonts.Subset(face, codePoints))));
        return entries;
    }

    private static XElement Entry(OpcPackage package, OpcPart presentation, string typeface, string charset, string pitchFamily,
        params (string Slot, byte[] Subset)[] faces)
    {
        var panose = Convert.ToHexString(new SfntTables(faces[0].Subset).Table("OS/2").Slice(32, 10));
        var entry = new XElement(P + "embeddedFont",
            new XElement(P + "font", new XAttribute("typeface", typeface), new XAttribute("panose", panose),
                new XAttribute("pitchFamily", pitchFamily), new XAttribute("charset", charset)));
        foreach (var (slot, subset) in faces)
        {
            var part = package.AddNumbered("/ppt/fonts/font{0}.fntdata", ContentTypes.FontData);
            part.Data = EotWrapper.Wrap(subset);
            entry.Add(new XElement(P + slot, new XAttribute(Ns.R + "id", presentation.Relate(RelationshipTypes.Font, part))));
        }
        return entry;
    }
}
