namespace GoOverview.Model;

/// <summary>
/// Visual text properties read from inline HTML/CSS (e.g. a styled &lt;span&gt;), resolved once by the reader
/// so writers never parse CSS. Null or false means "inherit".
/// </summary>
public sealed record TextStyle(
    RgbColor? Color = null,
    RgbColor? Background = null,
    bool Bold = false,
    bool Italic = false,
    bool Underline = false,
    bool Strikethrough = false)
{
    public static readonly TextStyle None = new();

    public bool IsEmpty => this == None;
}
