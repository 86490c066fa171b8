using GoOverview.Model.Files;

namespace GoOverview.Cli;

/// <summary>
/// Where a build's outputs go, from -o (as pandoc users expect): a folder (an existing one, a path ending in '/', or a
/// path without a known output extension) gets one file per format named after the document; a file name with a
/// known extension (notes.pdf, notes.slides.pdf) gets that one format; "-" writes one format to standard output.
/// </summary>
public abstract record OutputTarget
{
    public sealed record Folder(string Path) : OutputTarget;

    public sealed record SingleFile(string Path, string Format) : OutputTarget;

    public sealed record StandardOutput(string Format) : OutputTarget;

    /// <summary>The formats a single-file -o implies when --to is not given.</summary>
    public static string? FormatOfFileName(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".slides.pdf", StringComparison.Ordinal)) return "slides-pdf";
        var extension = System.IO.Path.GetExtension(name).TrimStart('.');
        return OutputFormats.Known.Contains(extension) ? extension : null;
    }

    /// <param name="output">-o as given, or null (then <paramref name="defaultFolder"/>).</param>
    /// <param name="toFlag">--to, null when not given.</param>
    /// <param name="configFormats">formats: in the project config, null when absent; a file named by -o wins over it.</param>
    /// <exception cref="UsageException">-o names one file (or stdout) but several formats were asked for, or the
    /// extension contradicts --to.</exception>
    public static (OutputTarget Target, IReadOnlyList<string> Formats) Resolve(string? output, IReadOnlyList<string>? toFlag,
        IReadOnlyList<string>? configFormats, string defaultFolder)
    {
        if (output is null) return (new Folder(defaultFolder), toFlag ?? configFormats ?? OutputFormats.Default);
        if (output.Length == 0) throw new UsageException("-o: the output is an empty path");
        if (output == "-")
        {
            var format = (toFlag ?? configFormats) is [var only] ? only
                : throw new UsageException("-o - writes one format to standard output: choose it with --to, e.g. --to docx");
            return (new StandardOutput(format), [format]);
        }
        var endsInSeparator = output.EndsWith('/') || output.EndsWith(System.IO.Path.DirectorySeparatorChar);
        var impliedFormat = FormatOfFileName(output);
        if (endsInSeparator || impliedFormat is null || FileGate.Kind(output) == FileKind.Directory)
            return (new Folder(output), toFlag ?? configFormats ?? OutputFormats.Default);

        if (toFlag is null || (toFlag is [var named] && named == impliedFormat))
            return (new SingleFile(output, impliedFormat), [impliedFormat]);
        if (toFlag is [var other])
            throw new UsageException($"-o {output} is a {impliedFormat} file name but --to asks for {other}");
        throw new UsageException($"-o {output} names one file but --to asks for {toFlag.Count} formats ({string.Join(",", toFlag)}); give a folder (-o DIR/) for several");
    }
}
