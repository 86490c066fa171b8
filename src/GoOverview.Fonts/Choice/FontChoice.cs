namespace GoOverview.Fonts.Choice;

/// <summary>
/// The body face the user asked for (--font, the config's <c>font</c>, the PDF theme's <c>bodyFont</c>): a bundled
/// face (serif/sans), a font file, or a family installed on the machine (found through fontconfig).
/// </summary>
public abstract record FontChoice
{
    public static readonly FontChoice Sans = new Bundled(BodyFont.Sans);

    /// <summary>Noto Sans SC or Noto Serif SC from fonts/.</summary>
    public sealed record Bundled(BodyFont Face) : FontChoice;

    /// <summary>A .ttf/.otf file, or one face of a .ttc/.otc collection (<paramref name="FaceIndex"/>; null: the file must hold one face).</summary>
    public sealed record FromFile(string Path, int? FaceIndex) : FontChoice;

    /// <summary>A family name fontconfig knows ("Noto Serif CJK SC", "LXGW WenKai").</summary>
    public sealed record Installed(string Family) : FontChoice;

    public const string Choices = "serif, sans, a font file (.ttf, .otf, .ttc#N) or an installed family name";

    /// <summary>
    /// serif/sans (also 宋体/黑体); a value ending in a font extension (optionally "#N" for a collection face) or
    /// holding a path separator is a file (relative to <paramref name="folder"/>); anything else is a family name.
    /// Null for an empty value.
    /// </summary>
    public static FontChoice? Parse(string? text, string? folder = null)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0) return null;
        if (BodyFonts.Parse(value) is { } bundled) return new Bundled(bundled);
        var (path, index) = SplitFaceIndex(value);
        if (LooksLikeFile(path))
            return new FromFile(folder is null ? System.IO.Path.GetFullPath(path) : System.IO.Path.GetFullPath(path, folder), index);
        return new Installed(value);
    }

    private static readonly string[] FontExtensions = [".ttf", ".otf", ".ttc", ".otc"];

    private static bool LooksLikeFile(string value) =>
        value.Contains('/') || value.Contains('\\') || FontExtensions.Any(e => value.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static (string Path, int? Index) SplitFaceIndex(string value)
    {
        var hash = value.LastIndexOf('#');
        if (hash > 0 && int.TryParse(value.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && LooksLikeFile(value[..hash]))
            return (value[..hash], index);
        return (value, null);
    }

    public override string ToString() => this switch
    {
        Bundled b => b.Face.ToString().ToLowerInvariant(),
        FromFile f => f.FaceIndex is { } i ? $"{f.Path}#{i}" : f.Path,
        Installed i => i.Family,
        _ => base.ToString()!,
    };
}

/// <summary>The chosen font cannot be used (no such file or family, not a font, no Chinese, a collection without a face
/// index); the message says which and what to do. The CLI reports it as a usage error.</summary>
public sealed class FontChoiceException(string message) : Exception(message);
