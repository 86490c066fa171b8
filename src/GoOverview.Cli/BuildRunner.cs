using System.Diagnostics;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Cli;

/// <summary>The outcome of one format in a build.</summary>
public sealed record FormatResult(string Format, string Path, bool Succeeded, TimeSpan Elapsed, long Bytes, string? Failure);

/// <summary>One build: read the source once, load fonts once, run the writers (in parallel), write outputs atomically.</summary>
public sealed class BuildRunner(BuildSettings settings, DiagnosticBag diagnostics, Action<string>? progress = null)
{
    public TimeSpan ReadElapsed { get; private set; }

    public IReadOnlyList<FormatResult> Run(FontLibrary? sharedFonts = null)
    {
        var clock = Stopwatch.StartNew();
        progress?.Invoke("reading " + (settings.InputPath ?? "the built-in sample"));
        var document = SourceLoader.Load(settings, diagnostics);
        ReadElapsed = clock.Elapsed;
        RefuseOverwritingInput(document);

        var writerFormats = settings.Formats.Where(f => f != OutputFormats.Json).ToList();
        var results = new List<FormatResult>();
        if (settings.Formats.Contains(OutputFormats.Json))
            results.Add(WriteOne(OutputFormats.Json, document, OutputPath(document, ".json"), s => ModelJson.Write(document, s)));
        if (writerFormats.Count == 0) return results;

        var fonts = sharedFonts ?? FontLibrary.LoadBundled();
        try
        {
            DocumentCharacters.ReportUncovered(document, fonts, diagnostics);
            using var context = ExportContext.For(document, diagnostics, fonts, settings.AllowOutside, settings.MaxImagePixels);
            var parallel = new FormatResult[writerFormats.Count];
            Parallel.For(0, writerFormats.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var writer = WriterRegistry.Create(writerFormats[i], settings.Writers);
                progress?.Invoke("writing " + writer.Format);
                parallel[i] = WriteOne(writer.Format, document, OutputPath(document, writer.Extension),
                    s => writer.Write(document, s, context));
            });
            results.AddRange(parallel);
        }
        finally
        {
            if (sharedFonts is null) fonts.Dispose();
        }
        return results;
    }

    private string OutputPath(Document document, string extension) =>
        Path.GetFullPath(Path.Combine(settings.OutputDirectory, document.Name + extension));

    private void RefuseOverwritingInput(Document document)
    {
        if (settings.InputPath is null) return;
        var input = Path.GetFullPath(settings.InputPath);
        foreach (var format in settings.Formats)
        {
            if (string.Equals(OutputPath(document, OutputFormats.Extension(format)), input, StringComparison.Ordinal))
                throw new UsageException($"the {format} output would overwrite the input file {settings.InputPath}");
        }
    }

    private FormatResult WriteOne(string format, Document document, string path, Action<Stream> write)
    {
        var clock = Stopwatch.StartNew();
        try
        {
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
            return new FormatResult(format, path, false, clock.Elapsed, 0, message);
        }
    }
}
