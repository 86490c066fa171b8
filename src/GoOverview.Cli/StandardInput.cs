using GoOverview.Model.Files;

namespace GoOverview.Cli;

/// <summary>Reads the whole of standard input, with the same size cap as a source file.</summary>
public static class StandardInput
{
    /// <exception cref="UsageException">More than <see cref="ReadLimits.Source"/> bytes, or nothing at all.</exception>
    public static byte[] ReadAll()
    {
        using var input = Console.OpenStandardInput();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (copy.Length + read > ReadLimits.Source)
                throw new UsageException($"standard input: larger than {ReadLimits.Source / (1024 * 1024)} MB, the largest source read");
            copy.Write(buffer, 0, read);
        }
        if (copy.Length == 0)
            throw new UsageException("standard input is empty: pipe a Markdown document in, name an INPUT file, or use --sample for the built-in sample");
        return copy.ToArray();
    }
}
