using GoOverview.Markdown;

namespace GoOverview.Bench;

/// <summary>The seed and its concatenations (×10, ×100) written to a temp folder.</summary>
internal static class SeedCorpus
{
    public static string Text(int copies)
    {
        var seed = BuiltInSample.ReadText();
        return copies == 1 ? seed : string.Join("\n\n", Enumerable.Repeat(seed, copies));
    }

    public static string WriteFile(string folder, int copies)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"seed-x{copies}.md");
        File.WriteAllText(path, Text(copies));
        return path;
    }
}
