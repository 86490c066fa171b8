using System.Globalization;
using System.Text.Json;
using GoOverview.Export;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Pdf.Theme;

/// <summary>
/// Reads the bundled theme (templates/pdf/theme.json), then the user's theme file on top of it: every key present
/// overrides, every key absent keeps its value. Unknown keys and bad values are reported, never fatal.
/// </summary>
internal static class ThemeLoader
{
    public static PdfTheme Load(string? userPath, DiagnosticBag diagnostics)
    {
        var theme = new PdfTheme();
        string? bundled = null;
        try { bundled = Templates.PathOf("pdf/theme.json"); }
        catch (FileNotFoundException) { }
        if (bundled is not null) theme = Apply(theme, bundled, diagnostics);
        if (userPath is not null)
        {
            if (!File.Exists(userPath))
                throw new ContentException($"PDF theme file not found: {userPath}", new SourceLocation(userPath, 1, 1));
            theme = Apply(theme, userPath, diagnostics);
        }
        return theme;
    }

    private static PdfTheme Apply(PdfTheme theme, string path, DiagnosticBag diagnostics)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            foreach (var p in doc.RootElement.EnumerateObject())
                theme = ApplyProperty(theme, p, path, diagnostics);
        }
        catch (JsonException e)
        {
            // A handout in the wrong theme is a wrong output: fail the PDF (the previous file stays) rather than fall back.
            throw new ContentException($"PDF theme is not valid JSON: {e.Message}",
                new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1));
        }
        return theme;
    }

    private static PdfTheme ApplyProperty(PdfTheme t, JsonProperty p, string path, DiagnosticBag d)
    {
        var v = p.Value;
        var where = new SourceLocation(path, 1, 1);
        try
        {
            return p.Name switch
            {
                "_comment" => t,
                "margins" => t with { Margins = new PdfMargins(v.GetProperty("top").GetSingle(), v.GetProperty("right").GetSingle(), v.GetProperty("bottom").GetSingle(), v.GetProperty("left").GetSingle()) },
                "bodySize" => t with { BodySize = Positive(v) },
                "lineHeight" => t with { LineHeight = Positive(v) },
                "paragraphSpacing" => t with { ParagraphSpacing = v.GetSingle() },
                "headingSizes" => t with { HeadingSizes = Six(v) },
                "headingSpaceBefore" => t with { HeadingSpaceBefore = Six(v) },
                "headingSpaceAfter" => t with { HeadingSpaceAfter = Six(v) },
                "headingLineHeight" => t with { HeadingLineHeight = Positive(v) },
                "codeSize" => t with { CodeSize = Positive(v) },
                "codeLineHeight" => t with { CodeLineHeight = Positive(v) },
                "tableSize" => t with { TableSize = Positive(v) },
                "captionSize" => t with { CaptionSize = Positive(v) },
                "footnoteSize" => t with { FootnoteSize = Positive(v) },
                "footnoteLineHeight" => t with { FootnoteLineHeight = Positive(v) },
                "headerFooterSize" => t with { HeaderFooterSize = Positive(v) },
                "coverTitleSize" => t with { CoverTitleSize = Positive(v) },
                "listIndentEm" => t with { ListIndentEm = Positive(v) },
                "colors" => ApplyColors(t, v, where, d),
                _ => Unknown(t, "key", p.Name, where, d),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            d.Warning("theme-value", $"PDF theme key '{p.Name}' has an invalid value ({e.Message}); the default is kept", where);
            return t;
        }
    }

    private static PdfTheme ApplyColors(PdfTheme t, JsonElement colors, SourceLocation where, DiagnosticBag d)
    {
        foreach (var c in colors.EnumerateObject())
        {
            var rgb = ParseColor(c.Value.GetString() ?? "");
            t = c.Name switch
            {
                "text" => t with { Text = rgb },
                "heading" => t with { Heading = rgb },
                "accent" => t with { Accent = rgb },
                "link" => t with { Link = rgb },
                "keyTerm" => t with { KeyTerm = rgb },
                "muted" => t with { Muted = rgb },
                "rule" => t with { Rule = rgb },
                "codeBackground" => t with { CodeBackground = rgb },
                "inlineCodeBackground" => t with { InlineCodeBackground = rgb },
                "tableHeader" => t with { TableHeader = rgb },
                "tableBorder" => t with { TableBorder = rgb },
                "quoteBar" => t with { QuoteBar = rgb },
                "quoteText" => t with { QuoteText = rgb },
                _ => Unknown(t, "colour", c.Name, where, d),
            };
        }
        return t;
    }

    private static PdfTheme Unknown(PdfTheme t, string what, string name, SourceLocation where, DiagnosticBag d)
    {
        d.Warning("theme-unknown", $"PDF theme: unknown {what} '{name}' is ignored", where);
        return t;
    }

    private static float Positive(JsonElement v)
    {
        var f = v.GetSingle();
        if (f <= 0) throw new FormatException("must be greater than 0");
        return f;
    }

    private static float[] Six(JsonElement v)
    {
        if (v.GetArrayLength() != 6) throw new FormatException("needs six numbers, one per heading level");
        var list = new float[6];
        for (var i = 0; i < 6; i++) list[i] = v[i].GetSingle();
        return list;
    }

    public static RgbColor ParseColor(string hex)
    {
        var s = hex.TrimStart('#');
        if (s.Length != 6 || !uint.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            throw new FormatException($"'{hex}' is not a #RRGGBB colour");
        return new RgbColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
