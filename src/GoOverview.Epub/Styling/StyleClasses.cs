using GoOverview.Model;

namespace GoOverview.Epub.Styling;

/// <summary>Maps a span's attributes and resolved style to class names (the stylesheet gives them their look).</summary>
internal static class StyleClasses
{
    public static List<string> For(Attr attr, TextStyle style, ColorClasses colors)
    {
        var classes = new List<string>();
        foreach (var c in attr.Classes) AddSafe(classes, c);
        if (classes.Contains(KeyTerms.ClassName)) return classes; // red + bold come from .key-term
        if (style.Color is { } color) classes.Add(colors.Text(color));
        if (style.Background is { } background) classes.Add(colors.Background(background));
        if (style.Bold) classes.Add("bold");
        if (style.Italic) classes.Add("italic");
        if (style.Underline) classes.Add("underline");
        if (style.Strikethrough) classes.Add("strike");
        return classes;
    }

    /// <summary>Adds a class name if it is a plain CSS identifier (letters, digits, '-', '_'); others are dropped.</summary>
    public static void AddSafe(List<string> classes, string name)
    {
        if (name.Length == 0 || classes.Contains(name)) return;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_')) return;
        classes.Add(name);
    }
}
