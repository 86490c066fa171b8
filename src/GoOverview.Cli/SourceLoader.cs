using System.Text;
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
        var text = Decode(bytes, path, diagnostics);
        return MarkdownReader.Read(text, path, Path.GetDirectoryName(path), diagnostics, options);
    }

    private static string Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
            diagnostics.Warning("encoding", "the file is not valid UTF-8; invalid bytes were replaced with U+FFFD",
                new SourceLocation(path, line, 1));
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
