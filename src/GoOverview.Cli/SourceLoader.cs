using System.Text;
using GoOverview.Markdown;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Cli;

/// <summary>Reads the Markdown source (a file, or the built-in sample) into the model.</summary>
public static class SourceLoader
{
    /// <summary>Largest source accepted; bigger inputs are refused before anything is read into memory.</summary>
    public const long MaxInputBytes = 64L * 1024 * 1024;

    /// <exception cref="UsageException">The input file is missing, is a folder, or is too large.</exception>
    public static Document Load(BuildSettings settings, DiagnosticBag diagnostics)
    {
        var options = new ReaderOptions(settings.Metadata) { MetadataDefaults = settings.MetadataDefaults };
        if (settings.InputPath is null)
            return MarkdownReader.Read(BuiltInSample.ReadText(), BuiltInSample.FileName, null, diagnostics, options);

        var path = Path.GetFullPath(settings.InputPath);
        if (Directory.Exists(path)) throw new UsageException($"{settings.InputPath}: is a folder, not a Markdown file");
        if (!File.Exists(path)) throw new UsageException($"{settings.InputPath}: no such file");
        var length = new FileInfo(path).Length;
        if (length > MaxInputBytes)
            throw new UsageException($"{settings.InputPath}: {length / (1024 * 1024)} MB is larger than the {MaxInputBytes / (1024 * 1024)} MB limit");
        var bytes = File.ReadAllBytes(path);
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
