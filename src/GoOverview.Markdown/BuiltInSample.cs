namespace GoOverview.Markdown;

/// <summary>The Chinese Go overview shipped inside the program, used when no input file is given.</summary>
public static class BuiltInSample
{
    public const string FileName = "go-overview.md";

    /// <summary>The sample's exact bytes (UTF-8, as in samples/go-overview.md).</summary>
    public static byte[] ReadBytes()
    {
        using var stream = typeof(BuiltInSample).Assembly.GetManifestResourceStream("GoOverview.Samples.go-overview.md")
            ?? throw new InvalidOperationException("the built-in sample is not embedded in this build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string ReadText() => System.Text.Encoding.UTF8.GetString(ReadBytes()).TrimStart('\uFEFF');
}
