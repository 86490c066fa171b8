using GoOverview.Markdown;
using GoOverview.Markdown.Books;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Cli;

/// <summary>Reads the Markdown source into the model: a file, several joined, a book's chapters, standard input or the built-in sample.</summary>
public static class SourceLoader
{
    /// <summary>What a source read from standard input is called: in diagnostics, and in output file names.</summary>
    public const string StandardInputName = "stdin.md";

    /// <exception cref="UsageException">An input file is missing, is a folder or a special file (a FIFO, /dev/zero),
    /// is larger than <see cref="ReadLimits.Source"/>, or cannot be read; a summary names a missing chapter.</exception>
    public static Document Load(BuildSettings settings, DiagnosticBag diagnostics)
    {
        foreach (var warning in settings.ConfigWarnings) diagnostics.Report(warning);
        var options = new ReaderOptions(settings.Metadata) { MetadataDefaults = settings.MetadataDefaults };
        if (settings.BookPath is not null) return BookLoader.Load(settings.BookPath, settings, diagnostics, options);
        if (settings.FromStandardInput)
        {
            // Named after the stream; images resolve against the working folder, as pandoc does.
            var stdinPath = Path.Combine(Environment.CurrentDirectory, StandardInputName);
            var stdinText = SourceDecoding.Decode(StandardInput.ReadAll(), settings.Encoding, stdinPath, diagnostics);
            return MarkdownReader.Read(stdinText, stdinPath, Environment.CurrentDirectory, diagnostics, options);
        }
        if (settings.InputPath is null)
            return MarkdownReader.Read(BuiltInSample.ReadText(), BuiltInSample.FileName, null, diagnostics, options);

        var first = ReadFile(settings.InputPath, settings, diagnostics, options);
        if (settings.MoreInputs.Count == 0) return first;
        var chapters = new List<BookChapter> { new(first, 0, null) };
        chapters.AddRange(settings.MoreInputs.Select(path => new BookChapter(ReadFile(path, settings, diagnostics, options), 0, null)));
        var root = CommonFolder(chapters.Select(c => Path.GetDirectoryName(c.Document.SourcePath)!));
        return BookAssembler.Join(chapters, root, shiftHeadings: false, title: null, first.Name);
    }

    /// <summary>One Markdown file through the file gate, decoded and read; its folder is where its images resolve.</summary>
    public static Document ReadFile(string file, BuildSettings settings, DiagnosticBag diagnostics, ReaderOptions options)
    {
        var path = Path.GetFullPath(file);
        byte[] bytes;
        try
        {
            bytes = FileGate.ReadAllBytes(file, ReadLimits.Source, "the source");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(e is FileRefusedException ? e.Message : $"the source {file}: cannot be read: {e.Message}");
        }
        var text = SourceDecoding.Decode(bytes, settings.Encoding, path, diagnostics);
        return MarkdownReader.Read(text, path, Path.GetDirectoryName(path), diagnostics, options);
    }

    /// <summary>The deepest folder holding all of <paramref name="folders"/>.</summary>
    public static string CommonFolder(IEnumerable<string> folders)
    {
        string? common = null;
        foreach (var folder in folders.Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar))
        {
            if (common is null)
            {
                common = folder;
                continue;
            }
            while (!folder.StartsWith(common, StringComparison.Ordinal))
                common = Path.GetDirectoryName(common.TrimEnd(Path.DirectorySeparatorChar))!.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        }
        var result = (common ?? Environment.CurrentDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return result.Length == 0 ? "/" : result;
    }
}
