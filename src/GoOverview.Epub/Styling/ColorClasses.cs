using System.Globalization;
using GoOverview.Model;

namespace GoOverview.Epub.Styling;

/// <summary>
/// Text and background colours as CSS classes (c-ff8800, bg-ffff00): Kobo advises against inline style
/// attributes, so every colour used gets one rule in the generated stylesheet.
/// </summary>
internal sealed class ColorClasses
{
    private readonly SortedDictionary<string, string> _rules = new(StringComparer.Ordinal);

    public string Text(RgbColor color) => Register("c-", "color", color);

    public string Background(RgbColor color) => Register("bg-", "background-color", color);

    /// <summary>The CSS rules, sorted by class name so the output is stable.</summary>
    public IEnumerable<string> Rules => _rules.Values;

    private string Register(string prefix, string property, RgbColor color)
    {
        var hex = color.ToHex().ToLowerInvariant();
        var name = prefix + hex + (color.A == 255 ? "" : color.A.ToString("x2", CultureInfo.InvariantCulture));
        if (!_rules.ContainsKey(name))
        {
            var value = color.A == 255
                ? "#" + hex
                : string.Create(CultureInfo.InvariantCulture, $"rgba({color.R}, {color.G}, {color.B}, {color.A / 255.0:0.###})");
            _rules[name] = $".{name} {{ {property}: {value}; }}";
        }
        return name;
    }
}
