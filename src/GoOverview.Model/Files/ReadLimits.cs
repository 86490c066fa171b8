namespace GoOverview.Model.Files;

/// <summary>How much GoOverview reads of each kind of file (README: "Safety"). Every read goes through <see cref="FileGate"/>.</summary>
public static class ReadLimits
{
    /// <summary>The Markdown source.</summary>
    public const long Source = 64L * 1024 * 1024;

    /// <summary>One image file (or the decoded bytes of a data: URI).</summary>
    public const long ImageFile = 32L * 1024 * 1024;

    /// <summary>Default pixel budget of one raster image (width × height, read from the header before any decoding).</summary>
    public const long ImagePixels = 40_000_000;

    /// <summary>gooverview.yaml, a PDF theme, an EPUB stylesheet.</summary>
    public const long SmallText = 4L * 1024 * 1024;

    /// <summary>A font file named by --font (a CJK collection such as Noto Serif CJK is about 60 MB).</summary>
    public const long FontFile = 128L * 1024 * 1024;

    /// <summary>A reference .docx or .pptx as stored on disk.</summary>
    public const long ReferencePackage = 64L * 1024 * 1024;

    /// <summary>All entries of a reference package, uncompressed (a zip bomb stops here).</summary>
    public const long ReferencePackageExpanded = 256L * 1024 * 1024;
}
