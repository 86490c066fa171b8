namespace GoOverview.Epub.Packaging;

/// <summary>One manifest item: Path relative to EPUB/, optional properties (nav, cover-image).</summary>
internal sealed record PackageItem(string Id, string Path, string MediaType, byte[] Data, string Properties = "");
