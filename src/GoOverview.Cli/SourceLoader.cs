using GoOverview.Markdown;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Cli;

/// <summary>Reads the Markdown source (a file, or the built-in sample) into the model.</summary>
public static class SourceLoader
{
    /// <exception cref="UsageException">The input file is missing, is a folder or a special file (a FIFO, /dev/zero),
    /// is larger than <see cref="ReadLimits.Source"/>, or cannot be read.</exception>
    public static Document Load(BuildSettings settings, DiagnosticBag diagnostics)
    {
        foreach (var warning in settings.ConfigWarnings) diagnostics.Report(warning);
        var options = new ReaderOptions(settings.Metadata) { MetadataDefaults = settings.MetadataDefaults };
        if (settings.FromStandardInput)
        {
            // Named after the stream; images resolve against the working folder, as pandoc does.
            var stdinPath = Path.Combine(Environment.CurrentDirectory, StandardInputName);
            var stdinText = SourceDecoding.Decode(StandardInput.ReadAll(), settings.Encoding, stdinPath, diagnostics);
            return MarkdownReader.Read(stdinText, stdinPath, Environment.CurrentDirectory, diagnostics, options);
        }
        if (settings.InputPath is null)
            return MarkdownReader.Read(BuiltInSample.ReadText(), BuiltInSample.FileName, null, diagnostics, options);

        var path = Path.GetFullPath(settings.InputPath);
        byte[] bytes;
        try
        {
            bytes = FileGate.ReadAllBytes(settings.InputPath, ReadLimits.Source, "the source");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(e is FileRefusedException ? e.Message : $"the source {settings.InputPath}: cannot be read: {e.Message}");
        }
        var text = SourceDecoding.Decode(bytes, settings.Encoding, path, diagnostics);
        return MarkdownReader.Read(text, path, Path.GetDirectoryName(path), diagnostics, options);
    }

    /// <summary>What a source read from standard input is called: in diagnostics, and in output file names.</summary>
    public const string StandardInputName = "stdin.md";
}
