using System.Text;
using GoOverview.Epub.Packaging;
using GoOverview.Export;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Epub.Styling;

/// <summary>The main stylesheet (bundled or the user's) and the generated one (font faces, colour classes).</summary>
internal static class Stylesheets
{
    public const string BundledTemplate = "epub/epub.css";

    /// <exception cref="ContentException">The user's stylesheet cannot be read.</exception>
    public static byte[] Main(string? userPath, DiagnosticBag diagnostics)
    {
        if (userPath is null) return File.ReadAllBytes(Templates.PathOf(BundledTemplate));
        string css;
        try
        {
            css = FileGate.ReadAllText(userPath, ReadLimits.SmallText, "EPUB stylesheet");
        }
        catch (FileRefusedException e)
        {
            throw new ContentException(e.Message);
        }
        if (css.Contains("url(", StringComparison.OrdinalIgnoreCase))
            diagnostics.Warning("stylesheet-url", $"the EPUB stylesheet {userPath} refers to files with url(); they are not copied into the book");
        return new UTF8Encoding(false).GetBytes(css);
    }

    /// <summary>@font-face rules with URLs relative to styles/, then one rule per colour class.</summary>
    public static byte[] Generated(IReadOnlyList<PackageItem> fonts, ColorClasses colors, FallbackFonts fallbacks, string constructRules = "", string codeCss = "")
    {
        var sb = new StringBuilder();
        sb.Append("@charset \"UTF-8\";\n/* Generated for this book: embedded font subsets and colour classes. */\n");
        foreach (var font in fonts.Where(f => f.Id is "font-regular" or "font-bold"))
        {
            var bold = font.Id.Contains("bold", StringComparison.Ordinal);
            sb.Append("@font-face {\n")
              .Append("  font-family: \"").Append(Fonts.FontLibrary.CjkFamily).Append("\";\n")
              .Append("  font-weight: ").Append(bold ? "bold" : "normal").Append(";\n")
              .Append("  font-style: normal;\n")
              .Append("  src: url(\"../").Append(font.Path).Append("\");\n")
              .Append("}\n");
        }
        fallbacks.AppendRules(sb, fonts);
        foreach (var rule in colors.Rules) sb.Append(rule).Append('\n');
        sb.Append(constructRules);
        sb.Append(codeCss);
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }
}
