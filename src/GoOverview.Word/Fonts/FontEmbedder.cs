using GoOverview.Export.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Fonts;
using GoOverview.Word.Package;
using GoOverview.Word.Styles;

namespace GoOverview.Word.Fonts;

/// <summary>
/// Writes the font table: the fonts the styles name, and (when embedding) the subsets of the bundled fonts as
/// obfuscated .odttf parts referenced with w:embedRegular / w:embedBold (ECMA-376 §17.8.3).
/// </summary>
internal static class FontEmbedder
{
    private const string CharsetGb2312 = "86";

    /// <summary>
    /// The subsets, made on a worker thread while the document is being converted (~40 ms cold); the bold and italic
    /// code faces only for highlighted code.
    /// </summary>
    public static Task<FontSubsets> StartSubsetting(FontLibrary fonts, IReadOnlyCollection<int> codePoints, bool codeFaces) =>
        Task.Run(() => new FontSubsets(fonts.Subset(fonts.Regular, codePoints), fonts.Subset(fonts.Bold, codePoints), fonts.Subset(fonts.Mono, codePoints),
            codeFaces && fonts.MonoBold != fonts.Mono ? fonts.Subset(fonts.MonoBold, codePoints) : null,
            codeFaces && fonts.MonoItalic != fonts.Mono ? fonts.Subset(fonts.MonoItalic, codePoints) : null));

    /// <summary>The fallback faces the document's runs used, each with its subset (null when fonts are not embedded).</summary>
    public static List<(FontFile Face, byte[]? Subset)> Fallbacks(WordBuild build, bool embed) =>
        build.Fallbacks.Used.Select(u => (u.Face, embed
            ? build.Context.Fonts.Subset(u.Face, DocumentCharacters.ForFallback(build.Document, build.Context.Fonts, u.Face, u.CodePoints))
            : null)).ToList();

    /// <param name="subsets">The subsets to embed; null = name the fonts only.</param>
    /// <param name="fallbacks">Fallback faces used by runs (w:rFonts), listed after the two main fonts.</param>
    /// <param name="bodyFamily">The regular face's family: Noto Sans SC, else (serif, a user's font) a font of its own
    /// beside the sans, which then keeps only its bold (headings).</param>
    public static void Write(OpcPackage package, OpcPart main, FontSubsets? subsets, IReadOnlyList<(FontFile Face, byte[]? Subset)> fallbacks,
        string bodyFamily = DefaultStyles.EastAsianFont)
    {
        var ownBody = bodyFamily != DefaultStyles.EastAsianFont;
        var tablePart = package.AddRelated(main, RelationshipTypes.FontTable, "/word/fontTable.xml", ContentTypes.FontTable);
        var cjk = new Font { Name = DefaultStyles.EastAsianFont };
        cjk.Append(new FontCharSet { Val = CharsetGb2312 }, new FontFamily { Val = FontFamilyValues.Swiss },
            new Pitch { Val = FontPitchValues.Variable });
        var mono = new Font { Name = DefaultStyles.MonoFont };
        mono.Append(new FontFamily { Val = FontFamilyValues.Modern }, new Pitch { Val = FontPitchValues.Fixed });
        if (subsets is not null)
        {
            if (!ownBody) cjk.Append(Embed<EmbedRegularFont>(package, tablePart, subsets.Regular));
            cjk.Append(Embed<EmbedBoldFont>(package, tablePart, subsets.Bold));
            mono.Append(Embed<EmbedRegularFont>(package, tablePart, subsets.Mono));
            if (subsets.MonoBold is { } monoBold) mono.Append(Embed<EmbedBoldFont>(package, tablePart, monoBold));
            if (subsets.MonoItalic is { } monoItalic) mono.Append(Embed<EmbedItalicFont>(package, tablePart, monoItalic));
        }
        var table = new DocumentFormat.OpenXml.Wordprocessing.Fonts(cjk, mono);
        if (ownBody)
        {
            var body = new Font { Name = bodyFamily };
            body.Append(new FontCharSet { Val = CharsetGb2312 }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable });
            if (subsets is not null) body.Append(Embed<EmbedRegularFont>(package, tablePart, subsets.Regular));
            table.PrependChild(body);
        }
        foreach (var (face, subset) in fallbacks)
        {
            var font = new Font { Name = face.Family };
            font.Append(new FontFamily { Val = FontFamilyValues.Swiss }, new Pitch { Val = FontPitchValues.Variable });
            if (subset is not null) font.Append(Embed<EmbedRegularFont>(package, tablePart, subset));
            table.Append(font);
        }
        tablePart.Content = table.WriteTo;
    }

    private static T Embed<T>(OpcPackage package, OpcPart tablePart, byte[] subset) where T : FontRelationshipType, new()
    {
        var key = OdttfObfuscation.KeyFor(subset);
        var part = package.AddNumbered("/word/fonts/font{0}.odttf", ContentTypes.ObfuscatedFont);
        part.Data = OdttfObfuscation.Apply(subset, key);
        return new T
        {
            FontKey = OdttfObfuscation.FontKeyAttribute(key),
            Subsetted = true,
            Id = tablePart.Relate(RelationshipTypes.Font, part),
        };
    }
}

/// <summary>hb-subset TTF bytes of the bundled fonts for one document.</summary>
internal sealed record FontSubsets(byte[] Regular, byte[] Bold, byte[] Mono, byte[]? MonoBold = null, byte[]? MonoItalic = null);
