namespace GoOverview.Fonts;

/// <summary>
/// The face running text is set in. Sans: Noto Sans SC throughout. Serif: Noto Serif SC (Song/Ming style) for the body
/// with the sans bold for headings and bold text — the Chinese book convention of 黑体 emphasis in a 宋体 text.
/// </summary>
public enum BodyFont
{
    Sans,
    Serif,
}

public static class BodyFonts
{
    public const string Choices = "serif or sans";

    /// <summary>"serif"/"sans" (any case, also 宋体/黑体); null for anything else.</summary>
    public static BodyFont? Parse(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "serif" or "song" or "宋体" => BodyFont.Serif,
        "sans" or "sans-serif" or "hei" or "黑体" => BodyFont.Sans,
        _ => null,
    };
}
