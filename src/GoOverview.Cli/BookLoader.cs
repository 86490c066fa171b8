using GoOverview.Markdown;
using GoOverview.Markdown.Books;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Cli;

/// <summary>--book SUMMARY.md: reads the summary, then each chapter it lists (through the file gate, inside the
/// summary's folder), and joins them into one document named after the book's folder.</summary>
public static class BookLoader
{
    /// <exception cref="UsageException">The summary is unreadable or lists no chapter; a chapter is missing or outside
    /// the book's folder (names the summary's line).</exception>
    public static Document Load(string summaryPath, BuildSettings settings, DiagnosticBag diagnostics, ReaderOptions options)
    {
        string markdown;
        try
        {
            markdown = FileGate.ReadAllText(summaryPath, ReadLimits.SmallText, "--book");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(e is FileRefusedException ? e.Message : $"--book {summaryPath}: cannot be read: {e.Message}");
        }
        var summary = SummaryParser.Parse(markdown);
        if (summary.Entries.Count == 0)
            throw new UsageException($"{summaryPath}: lists no chapter (expected a list of links such as \"* [第一章](ch1.md)\")");

        var root = Path.GetDirectoryName(Path.GetFullPath(summaryPath))!;
        var realRoot = FileGate.RealPath(root);
        var chapters = new List<BookChapter>();
        foreach (var entry in summary.Entries)
        {
            var file = Path.GetFullPath(Path.Combine(root, entry.Path));
            var where = $"{summaryPath}:{entry.Line}";
            var kind = FileGate.Kind(file);
            if (kind == FileKind.Missing) throw new UsageException($"{where}: no such chapter file '{entry.Path}'");
            if (kind != FileKind.Regular) throw new UsageException($"{where}: chapter '{entry.Path}' is not a regular file");
            if (!settings.AllowOutside && !IsInside(FileGate.RealPath(file), realRoot))
                throw new UsageException($"{where}: chapter '{entry.Path}' is outside the book's folder (--allow-outside to permit)");
            chapters.Add(new BookChapter(SourceLoader.ReadFile(file, settings, diagnostics, options), entry.Depth, entry.Title));
        }
        var title = settings.Metadata.ContainsKey("title") ? null : summary.Title;
        var name = Path.GetFileName(realRoot.TrimEnd(Path.DirectorySeparatorChar));
        return BookAssembler.Join(chapters, root, shiftHeadings: true, title, name.Length == 0 ? "book" : name);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
