namespace GoOverview.Cli;

/// <summary>-o -: the output is built completely in memory and only then copied to standard output, so a failed
/// build writes nothing there (a consumer never receives half a document).</summary>
public static class StandardOutputFile
{
    /// <returns>The number of bytes written.</returns>
    public static long Write(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        using var stdout = Console.OpenStandardOutput();
        buffer.CopyTo(stdout);
        stdout.Flush();
        return buffer.Length;
    }
}
