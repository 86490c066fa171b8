using System.Globalization;

namespace GoOverview.Model;

/// <summary>
/// The one rule for PDF page margins, whether from --margins, gooverview.yaml or a theme: each margin is at least 0,
/// and the margins leave at least <see cref="MinContentMm"/> of the paper across and down for the text.
/// </summary>
public static class PageMarginRule
{
    public const float MinContentMm = 50;

    public const float PointsPerMm = 72f / 25.4f;

    /// <summary>Width and height in millimetres of a paper of <see cref="PaperSize"/> (A4 for null).</summary>
    public static (float Width, float Height) PaperMm(string? paper)
    {
        var size = PaperSize.Of(paper);
        return (size.WidthMm, size.HeightMm);
    }

    /// <summary>What is wrong with these margins (millimetres) on this paper, or null when they are fine.</summary>
    public static string? Problem(string? paper, float top, float right, float bottom, float left)
    {
        foreach (var (side, value) in new[] { ("top", top), ("right", right), ("bottom", bottom), ("left", left) })
            if (!float.IsFinite(value) || value < 0) return string.Create(CultureInfo.InvariantCulture, $"the {side} margin must be a number of millimetres from 0, got {value}");
        var (width, height) = PaperMm(paper);
        var paperName = PaperSize.Of(paper).Name;
        if (width - left - right < MinContentMm)
            return string.Create(CultureInfo.InvariantCulture, $"left {left:0.#} mm + right {right:0.#} mm leave less than {MinContentMm} mm of the {width:0.#} mm wide {paperName} page for the text");
        if (height - top - bottom < MinContentMm)
            return string.Create(CultureInfo.InvariantCulture, $"top {top:0.#} mm + bottom {bottom:0.#} mm leave less than {MinContentMm} mm of the {height:0.#} mm high {paperName} page for the text");
        return null;
    }
}
