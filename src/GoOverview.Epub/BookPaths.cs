namespace GoOverview.Epub;

/// <summary>Where things live inside the package. Content documents sit in EPUB/text/, so assets are "../x/…".</summary>
internal static class BookPaths
{
    public const string Root = "EPUB/";
    public const string PackageDocument = Root + "package.opf";
    public const string Ncx = "toc.ncx";
    public const string Nav = "text/nav.xhtml";
    public const string Cover = "text/cover.xhtml";
    public const string TitlePage = "text/titlepage.xhtml";
    public const string MainStylesheet = "styles/epub.css";
    public const string GeneratedStylesheet = "styles/generated.css";
    public const string CoverImage = "images/cover.png";

    /// <summary>Chapter file name relative to EPUB/ (1-based).</summary>
    public static string Chapter(int number) => $"text/chapter{number}.xhtml";

    /// <summary>A package path (relative to EPUB/) as referenced from a content document in text/.</summary>
    public static string FromText(string packagePath) =>
        packagePath.StartsWith("text/", StringComparison.Ordinal) ? packagePath["text/".Length..] : "../" + packagePath;

    public static readonly string[] StylesheetHrefsFromText = [FromText(MainStylesheet), FromText(GeneratedStylesheet)];
}
