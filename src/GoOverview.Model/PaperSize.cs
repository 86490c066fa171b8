using System.Globalization;
using System.Text.RegularExpressions;

namespace GoOverview.Model;

/// <summary>
/// The one paper table (PDF handout, Word page setup, margin checks): a named size or "WxH" in millimetres.
/// Name is the canonical spelling shown in messages.
/// </summary>
public sealed partial record PaperSize(string Name, float WidthMm, float HeightMm)
{
    public const float MinSideMm = 60;
    public const float MaxSideMm = 1200;

    public static readonly PaperSize A4 = new("A4", 210, 297);
    public static readonly PaperSize A5 = new("A5", 148, 210);
    /// <summary>ISO B5.</summary>
    public static readonly PaperSize B5 = new("B5", 176, 250);
    public static readonly PaperSize B5Jis = new("B5-JIS", 182, 257);
    /// <summary>大 16 开, the common Chinese textbook format.</summary>
    public static readonly PaperSize Kai16 = new("16开", 185, 260);
    public static readonly PaperSize Letter = new("Letter", 215.9f, 279.4f);

    private static readonly PaperSize[] Named = [A4, A5, B5, B5Jis, Kai16, Letter];

    /// <summary>What a user may write, for help texts and messages.</summary>
    public const string Choices = "A4, A5, B5, B5-JIS, 16开 (16k), Letter or WxH in mm (e.g. 170x240)";

    public float WidthPt => WidthMm * PageMarginRule.PointsPerMm;
    public float HeightPt => HeightMm * PageMarginRule.PointsPerMm;

    /// <summary>The paper <paramref name="text"/> names (case-insensitive; "16k" for 16开), or null with the reason.</summary>
    public static PaperSize? Parse(string? text, out string? problem)
    {
        problem = null;
        var name = (text ?? "").Trim();
        if (name.Length == 0) return A4;
        if (name.Equals("16k", StringComparison.OrdinalIgnoreCase)) return Kai16;
        foreach (var paper in Named)
            if (paper.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return paper;
        var custom = CustomSize().Match(name);
        if (!custom.Success)
        {
            problem = $"must be {Choices}, got '{name}'";
            return null;
        }
        var width = float.Parse(custom.Groups[1].Value, CultureInfo.InvariantCulture);
        var height = float.Parse(custom.Groups[2].Value, CultureInfo.InvariantCulture);
        if (width is < MinSideMm or > MaxSideMm || height is < MinSideMm or > MaxSideMm)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"sides must be from {MinSideMm} to {MaxSideMm} mm, got '{name}'");
            return null;
        }
        return new PaperSize(string.Create(CultureInfo.InvariantCulture, $"{width:0.#}x{height:0.#}mm"), width, height);
    }

    /// <summary>The paper a setting already checked names; A4 for null or anything unknown.</summary>
    public static PaperSize Of(string? text) => Parse(text, out _) ?? A4;

    [GeneratedRegex(@"^(\d{2,4}(?:\.\d+)?)\s*[x×*]\s*(\d{2,4}(?:\.\d+)?)\s*(?:mm)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CustomSize();
}
