using System.Globalization;
using GoOverview.Model;

namespace GoOverview.Cli;

/// <summary>
/// The checks shared by a flag and its gooverview.yaml setting; <c>where</c> names the source in the message
/// ("--margins", or "gooverview.yaml:4:1: margins").
/// </summary>
public static class SettingRules
{
    /// <exception cref="UsageException">Not a paper of <see cref="PaperSize"/>.</exception>
    public static string Paper(string text, string where) =>
        PaperSize.Parse(text, out var problem)?.Name ?? throw new UsageException($"{where} {problem}");

    /// <exception cref="UsageException">Not footnote or none.</exception>
    public static GoOverview.Export.LinkUrls LinkUrls(string text, string where) =>
        GoOverview.Export.LinkUrlNotes.Parse(text) ?? throw new UsageException($"{where} must be {GoOverview.Export.LinkUrlNotes.Choices}, got '{text}'");

    /// <summary>serif, sans, a font file (relative to <paramref name="folder"/>) or an installed family; opened later, when the run loads its fonts.</summary>
    /// <exception cref="UsageException">Empty.</exception>
    public static GoOverview.Fonts.Choice.FontChoice Font(string text, string where, string? folder = null) =>
        GoOverview.Fonts.Choice.FontChoice.Parse(text, folder) ?? throw new UsageException($"{where} must be {GoOverview.Fonts.Choice.FontChoice.Choices}, got '{text}'");

    /// <exception cref="UsageException">Not a built-in code style.</exception>
    public static string HighlightStyle(string text, string where) =>
        GoOverview.Export.Code.CodeThemes.Find(text) is { } theme ? theme.Name
            : throw new UsageException($"{where} must be one of {string.Join(", ", GoOverview.Export.Code.CodeThemes.Names)}, got '{text}'");

    /// <exception cref="UsageException">Not 1, 2 or 3.</exception>
    public static int SplitLevel(string text, string where) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) ? SplitLevel(level, where)
            : throw new UsageException($"{where} must be 1, 2 or 3, got '{text}'");

    public static int SplitLevel(int level, string where) =>
        level is 1 or 2 or 3 ? level : throw new UsageException($"{where} must be 1, 2 or 3, got {level}");

    /// <exception cref="UsageException">Not a heading level from 1 to 6.</exception>
    public static int TocDepth(string text, string where) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var depth) ? TocDepth(depth, where)
            : throw new UsageException($"{where} must be a heading level from 1 to 6, got '{text}'");

    public static int TocDepth(int depth, string where) =>
        depth is >= 1 and <= 6 ? depth : throw new UsageException($"{where} must be a heading level from 1 to 6, got {depth}");

    /// <exception cref="UsageException">Not decimal or chinese.</exception>
    public static SectionNumberStyle NumberStyle(string text, string where) => text.Trim().ToLowerInvariant() switch
    {
        "decimal" => SectionNumberStyle.Decimal,
        "chinese" => SectionNumberStyle.Chinese,
        _ => throw new UsageException($"{where} must be decimal (1.1) or chinese (一、/（一）/1./(1)), got '{text}'"),
    };

    /// <summary>"15" or "20,15,20,15" (top,right,bottom,left) in millimetres, checked against the paper.</summary>
    /// <exception cref="UsageException">Not numbers, not one or four of them, or no room left for the text.</exception>
    public static float[] Margins(string text, string where, string? paper)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new float[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!float.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !float.IsFinite(values[i]) || values[i] < 0)
                throw new UsageException($"{where}: '{parts[i]}' is not a margin in millimetres (a number from 0)");
        }
        var margins = values.Length switch
        {
            1 => [values[0], values[0], values[0], values[0]],
            4 => values,
            _ => throw new UsageException($"{where} takes one value or four (top,right,bottom,left)"),
        };
        if (PageMarginRule.Problem(paper, margins[0], margins[1], margins[2], margins[3]) is { } problem)
            throw new UsageException($"{where}: {problem}");
        return margins;
    }
}
