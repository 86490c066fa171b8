namespace GoOverview.Cli;

/// <summary>The order writers of one build are started in: the usually longest first (measured on books).</summary>
internal static class WriterOrder
{
    private static readonly string[] ByCost = ["pptx", "slides-pdf", "pdf", "docx", "epub"];

    /// <summary>Indices into <paramref name="formats"/>, longest-running format first; unknown formats keep their order at the end.</summary>
    public static List<int> LongestFirst(IReadOnlyList<string> formats) =>
        Enumerable.Range(0, formats.Count)
            .OrderBy(i => Array.IndexOf(ByCost, formats[i]) is var rank && rank >= 0 ? rank : ByCost.Length)
            .ThenBy(i => i)
            .ToList();
}
