using System.Globalization;
using System.Text.Json;
using GoOverview.Export;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Pdf.Theme;

/// <summary>
/// Reads the bundled theme (templates/pdf/theme.json), then the user's theme file on top of it: every key present
/// overrides, every key absent keeps its value. Unknown keys are reported; a value that is not valid or outside its
/// range (<see cref="ThemeRanges"/>) fails the PDF with file:line — a handout in the wrong theme is a wrong output.
/// </summary>
internal static class ThemeLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static PdfTheme Load(string? userPath, DiagnosticBag diagnostics, PaperSize? paperSize = null)
    {
        var paper = paperSize ?? PaperSize.A4;
        var theme = new PdfTheme();
        string? bundled = null;
        try { bundled = Templates.PathOf("pdf/theme.json"); }
        catch (FileNotFoundException) { }
        if (bundled is not null) theme = Apply(theme, bundled, diagnostics, paper);
        if (userPath is not null) theme = Apply(theme, userPath, diagnostics, paper);
        return theme;
    }

    private static PdfTheme Apply(PdfTheme theme, string path, DiagnosticBag diagnostics, PaperSize paper)
    {
        byte[] bytes;
        try
        {
            bytes = FileGate.ReadAllBytes(path, ReadLimits.SmallText, "PDF theme");
            if (bytes.AsSpan().StartsWith("\uFEFF"u8)) bytes = bytes[3..]; // editors on Windows save JSON with a BOM
        }
        catch (FileRefusedException e)
        {
            throw new ContentException(e.Message, new SourceLocation(path, 1, 1));
        }
        try
        {
            using var doc = JsonDocument.Parse(bytes, DocumentOptions);
            var file = new ThemeFile(path, ThemeLines.Locate(bytes, ReaderOptions), diagnostics);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw file.Invalid("", "the theme must be a JSON object of settings");
            foreach (var p in doc.RootElement.EnumerateObject())
                theme = file.Apply(theme, p);
            if (doc.RootElement.TryGetProperty("margins", out _)) file.CheckMarginsFit(theme.Margins, paper);
        }
        catch (JsonException e)
        {
            throw new ContentException($"PDF theme is not valid JSON: {e.Message}",
                new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1));
        }
        return theme;
    }

    /// <summary>One theme file being applied: knows where each of its values is, for the messages.</summary>
    private sealed class ThemeFile(string path, Dictionary<string, (int Line, int Column)> lines, DiagnosticBag diagnostics)
    {
        public PdfTheme Apply(PdfTheme t, JsonProperty p)
        {
            var v = p.Value;
            return p.Name switch
            {
                "_comment" => t,
                "margins" => t with { Margins = new PdfMargins(Side(v, "top"), Side(v, "right"), Side(v, "bottom"), Side(v, "left")) },
                "bodySize" => t with { BodySize = Number(v, p.Name) },
                "bodyFont" => t with { BodyFont = BodyFontOf(v, p.Name) },
                "lineHeight" => t with { LineHeight = Number(v, p.Name) },
                "paragraphSpacing" => t with { ParagraphSpacing = Number(v, p.Name) },
                "headingSizes" => t with { HeadingSizes = Six(v, p.Name) },
                "headingSpaceBefore" => t with { HeadingSpaceBefore = Six(v, p.Name) },
                "headingSpaceAfter" => t with { HeadingSpaceAfter = Six(v, p.Name) },
                "headingLineHeight" => t with { HeadingLineHeight = Number(v, p.Name) },
                "codeSize" => t with { CodeSize = Number(v, p.Name) },
                "codeLineHeight" => t with { CodeLineHeight = Number(v, p.Name) },
                "highlightStyle" => t with { HighlightStyle = HighlightStyle(v, p.Name) },
                "tableSize" => t with { TableSize = Number(v, p.Name) },
                "captionSize" => t with { CaptionSize = Number(v, p.Name) },
                "footnoteSize" => t with { FootnoteSize = Number(v, p.Name) },
                "footnoteLineHeight" => t with { FootnoteLineHeight = Number(v, p.Name) },
                "headerFooterSize" => t with { HeaderFooterSize = Number(v, p.Name) },
                "coverTitleSize" => t with { CoverTitleSize = Number(v, p.Name) },
                "listIndentEm" => t with { ListIndentEm = Number(v, p.Name) },
                "colors" => ApplyColors(t, v),
                _ => Unknown(t, "key", p.Name, p.Name),
            };
        }

        public void CheckMarginsFit(PdfMargins m, PaperSize paper)
        {
            var mm = PageMarginRule.PointsPerMm;
            if (PageMarginRule.Problem(paper.Name, m.Top / mm, m.Right / mm, m.Bottom / mm, m.Left / mm) is { } problem)
                throw Invalid("margins", problem);
        }

        public ContentException Invalid(string key, string problem) =>
            new($"PDF theme: {(key.Length > 0 ? $"'{key}' " : "")}{problem}", At(key));

        private PdfTheme ApplyColors(PdfTheme t, JsonElement colors)
        {
            if (colors.ValueKind != JsonValueKind.Object) throw Invalid("colors", "must be an object of \"name\": \"#RRGGBB\"");
            foreach (var c in colors.EnumerateObject())
            {
                var key = "colors." + c.Name;
                var rgb = c.Value.ValueKind == JsonValueKind.String && TryParseColor(c.Value.GetString()!, out var parsed)
                    ? parsed : throw Invalid(key, $"{c.Value.GetRawText()} is not a #RRGGBB colour");
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
                    _ => Unknown(t, "colour", c.Name, key),
                };
            }
            return t;
        }

        private PdfTheme Unknown(PdfTheme t, string what, string name, string key)
        {
            diagnostics.Warning("theme-unknown", $"PDF theme: unknown {what} '{name}' is ignored", At(key));
            return t;
        }

        private float Side(JsonElement margins, string side)
        {
            if (margins.ValueKind != JsonValueKind.Object || !margins.TryGetProperty(side, out var value))
                throw Invalid("margins", "needs top, right, bottom and left in points");
            return Checked(value, "margins." + side, ThemeRanges.ByKey["margins"]);
        }

        private string HighlightStyle(JsonElement v, string key) =>
            v.ValueKind == JsonValueKind.String && GoOverview.Export.Code.CodeThemes.Find(v.GetString()!) is { } style ? style.Name
                : throw Invalid(key, $"{v.GetRawText()} is not a code style ({string.Join(", ", GoOverview.Export.Code.CodeThemes.Names)})");

        /// <summary>serif, sans, a font file (relative to the theme's folder) or an installed family.</summary>
        private GoOverview.Fonts.Choice.FontChoice BodyFontOf(JsonElement v, string key) =>
            v.ValueKind == JsonValueKind.String && GoOverview.Fonts.Choice.FontChoice.Parse(v.GetString(), Path.GetDirectoryName(Path.GetFullPath(path))) is { } font ? font
                : throw Invalid(key, $"{v.GetRawText()} is not a body font ({GoOverview.Fonts.Choice.FontChoice.Choices})");

        private float Number(JsonElement v, string key) => Checked(v, key, ThemeRanges.ByKey[key]);

        private float[] Six(JsonElement v, string key)
        {
            if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() != 6) throw Invalid(key, "needs six numbers, one per heading level");
            var list = new float[6];
            for (var i = 0; i < 6; i++) list[i] = Checked(v[i], $"{key}[{i}]", ThemeRanges.ByKey[key]);
            return list;
        }

        private float Checked(JsonElement v, string key, ThemeRanges.Range range)
        {
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var value))
                throw Invalid(key, $"{v.GetRawText()} is not a number");
            if (!double.IsFinite(value) || value < range.Min || value > range.Max)
                throw Invalid(key, string.Create(CultureInfo.InvariantCulture, $"{v.GetRawText()} is outside {range.Min}–{range.Max}{range.Unit}"));
            return (float)value;
        }

        private SourceLocation At(string key) =>
            lines.TryGetValue(key, out var at) ? new SourceLocation(path, at.Line, at.Column) : new SourceLocation(path, 1, 1);
    }

    private static bool TryParseColor(string hex, out RgbColor rgb)
    {
        rgb = default;
        var s = hex.StartsWith('#') ? hex[1..] : hex;
        if (s.Length != 6 || !uint.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)) return false;
        rgb = new RgbColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }
}
