namespace GoOverview.Model.Diagnostics;

/// <summary>How user text (a URL, a path) is quoted inside a diagnostic: whole when short, else cut with an ellipsis.</summary>
public static class DiagnosticText
{
    public static string Shorten(string text, int max = 80) => text.Length <= max ? text : text[..(max - 3)] + "…";
}
