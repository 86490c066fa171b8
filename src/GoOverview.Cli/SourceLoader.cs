using System.Text;
using GoOverview.Markdown;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Cli;

/// <summary>Reads the Markdown source (a file, or the built-in sample) into the model.</summary>
public static class SourceLoader
{
    /// <summary>Largest source accepted; bigger inputs are refused before anything is read into memory.</summary>
    public const long MaxInputBytes = ReadLimits.Source;

    /// <exception cref="UsageException">The input file is missing, is a folder, or is too large.</exception>
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
            bytes = FileGate.ReadAllBytes(settings.InputPath, MaxInputBytes, "the Markdown source");
        }
        catch (FileRefusedException e)
        {
            throw new UsageException(e.Message);
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
