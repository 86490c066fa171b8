using System.Collections.Concurrent;
using System.Diagnostics;
using GoOverview.Export;
using GoOverview.Export.Code;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Rendering.Fonts;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Cli;

/// <summary>The outcome of one format in a build.</summary>
public sealed record FormatResult(string Format, string Path, bool Succeeded, TimeSpan Elapsed, long Bytes, string? Failure);

/// <summary>One build: read the source once, load fonts once, run the writers (in parallel), write outputs atomically.</summary>
public sealed class BuildRunner(BuildSettings settings, DiagnosticBag diagnostics, Action<string>? progress = null)
{
    public TimeSpan ReadElapsed { get; private set; }

    /// <summary>Called with the document as soon as it is read.</summary>
    public Action<Document>? Read { get; init; }

    public IReadOnlyList<FormatResult> Run(FontLibrary? sharedFonts = null)
    {
        CheckOutputFolder();
        var clock = Stopwatch.StartNew();
        if (settings.Formats.Any(OutputFormats.DrawsWithSkia)) SkiaTypefaces.WarmUp();
        progress?.Invoke("reading " + (settings.FromStandardInput ? "standard input" : settings.InputPath ?? "the built-in sample"));
        var document = SourceLoader.Load(settings, diagnostics);
        if (settings.NumberSections is { } numberStyle)
        {
            if (SectionNumbers.FirstHandNumbered(document) is { } numbered)
                diagnostics.Warning("numbered-twice", $"headings already carry numbers (\"{DiagnosticText.Shorten(PlainText.Of(numbered.Content), 40)}\"); -N numbers them again",
                    numbered.Location ?? new SourceLocation(document.SourcePath, 1, 1));
            document = SectionNumbers.Apply(document, numberStyle);
        }
        ReadElapsed = clock.Elapsed;
        Read?.Invoke(document);
        RefuseOverwritingInputs(document);

        var writerFormats = settings.Formats.Where(f => f != OutputFormats.Json).ToList();
        var results = new List<FormatResult>();
        if (settings.Formats.Contains(OutputFormats.Json))
            results.Add(WriteOne(OutputFormats.Json, document, OutputPath(document, OutputFormats.Json), s => ModelJson.Write(document, s)));
        if (writerFormats.Count == 0) return results;

        CodeHighlighter.Preload(document, settings.Highlight); // grammars load while the fonts do
        var fonts = sharedFonts ?? ChosenFonts.Load(settings.Writers);
        try
        {
            using var session = ExportSession.Start(document, diagnostics, fonts, WriterRegistry.Options(settings));
            var parallel = new FormatResult[writerFormats.Count];
            // Longest first, one at a time to whichever thread is free: on two cores the slides and the handout
            // then run side by side instead of the longest writer starting last.
            var order = WriterOrder.LongestFirst(writerFormats);
            Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var format = writerFormats[i];
                progress?.Invoke("writing " + format);
                parallel[i] = WriteOne(format, document, OutputPath(document, format), s => session.Write(format, s));
            });
            results.AddRange(parallel);
        }
        finally
        {
            if (sharedFonts is null) fonts.Dispose();
        }
        return results;
    }

    /// <summary>The output file of a format; null when it goes to standard output.</summary>
    private string? OutputPath(Document document, string format) => settings.Output switch
    {
        OutputTarget.Folder folder => Path.GetFullPath(Path.Combine(folder.Path, document.Name + OutputFormats.Extension(format))),
        OutputTarget.SingleFile file => Path.GetFullPath(file.Path),
        _ => null,
    };

    /// <summary>No output may replace a file the build reads (the source, the config, theme, stylesheet or reference
    /// files), however it is reached: the same real path after symlinks, or a hard link to it.</summary>
    private void RefuseOverwritingInputs(Document document)
    {
        var inputs = new List<(string? Path, string What)>
        {
            (settings.InputPath, "the input file"),
            (settings.BookPath, "the --book summary"),
            (settings.ConfigPath, "the config file"),
            (settings.Writers.ThemePath, "the --theme file"),
            (settings.Writers.CssPath, "the --css file"),
            (settings.Writers.ReferenceDocPath, "the --reference-doc file"),
            (settings.Writers.ReferencePptxPath, "the --reference-pptx file"),
        };
        inputs.AddRange(settings.MoreInputs.Select(p => ((string?)p, "an input file")));
        foreach (var format in settings.Formats)
        {
            var output = OutputPath(document, format);
            if (output is null) continue;
            foreach (var (path, what) in inputs)
            {
                if (path is not null && FileGate.SameFile(output, path))
                    throw new UsageException($"the {format} output {output} would overwrite {what} {path}");
            }
        }
    }

    /// <summary>-o must name a folder (or a path where one can be created), or a file whose folder can be.</summary>
    private void CheckOutputFolder()
    {
        var (folderGiven, shownOption) = settings.Output switch
        {
            OutputTarget.Folder f => (f.Path, f.Path),
            OutputTarget.SingleFile f => (Path.GetDirectoryName(Path.GetFullPath(f.Path))!, f.Path),
            _ => (null, null),
        };
        if (folderGiven is null) return;
        if (folderGiven.Length == 0) throw new UsageException("-o: the output folder is an empty path");
        var folder = Path.GetFullPath(folderGiven);
        for (var path = folder; path is not null; path = Path.GetDirectoryName(path))
        {
            var kind = FileGate.Kind(path);
            if (kind == FileKind.Missing) continue;
            if (kind == FileKind.Directory) return;
            var shown = path == folder && settings.Output is OutputTarget.Folder ? shownOption : $"{shownOption} ({path})";
            throw new UsageException($"-o {shown}: is a file, not a folder");
        }
    }

    private FormatResult WriteOne(string format, Document document, string? path, Action<Stream> write)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (path is null) return new FormatResult(format, "-", true, clock.Elapsed, StandardOutputFile.Write(write), null);
            AtomicFile.Write(path, write);
            return new FormatResult(format, path, true, clock.Elapsed, new FileInfo(path).Length, null);
        }
        catch (NotSupportedException e)
        {
            return Failed(e.Message, null);
        }
        catch (ContentException e)
        {
            return Failed(e.Message, e.Location);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed($"cannot write {path}: {e.Message}", null);
        }
        catch (Exception e)
        {
            // A writer bug must not lose the other formats or print a stack trace at the user; report it precisely.
            return Failed($"internal error in the {format} writer ({e.GetType().Name}: {e.Message}); please report it", null);
        }

        FormatResult Failed(string message, SourceLocation? location)
        {
            diagnostics.Error("write-failed", $"{format}: {message}", location ?? new SourceLocation(document.SourcePath, 1, 1));
            return new FormatResult(format, path ?? "-", false, clock.Elapsed, 0, message);
        }
    }
}
