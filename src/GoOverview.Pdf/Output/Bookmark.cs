namespace GoOverview.Pdf.Output;

/// <summary>A heading's place for the outline: 0-based page index and the heading's top in points from the page top.</summary>
internal sealed record Bookmark(int Level, string Title, int PageIndex, float Top);
