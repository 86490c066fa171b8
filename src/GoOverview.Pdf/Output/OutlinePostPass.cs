using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace GoOverview.Pdf.Output;

/// <summary>
/// Skia's PDF backend has no outline and no document language: PDFsharp opens the finished file, adds the
/// bookmarks nested like the headings and /Lang, and saves it again.
/// </summary>
internal static class OutlinePostPass
{
    public static void Apply(byte[] pdf, IReadOnlyList<Bookmark> bookmarks, string language, Stream output)
    {
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.Language = language;
        // Skia's streams are already Flate-compressed; do not let PDFsharp re-encode what it reads.
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
        var stack = new List<(int Level, PdfOutlineCollection Children)> { (0, document.Outlines) };
        foreach (var b in bookmarks)
        {
            while (stack.Count > 1 && stack[^1].Level >= b.Level) stack.RemoveAt(stack.Count - 1);
            var page = document.Pages[b.PageIndex];
            var outline = new PdfOutline(b.Title, page, opened: b.Level <= 2)
            {
                PageDestinationType = PdfPageDestinationType.Xyz,
                Left = 0,
                // PDFsharp measures from the page bottom here (PDF user space).
                Top = page.Height.Point - b.Top,
            };
            stack[^1].Children.Add(outline);
            stack.Add((b.Level, outline.Outlines));
        }
        document.Save(output, closeStream: false);
    }
}
