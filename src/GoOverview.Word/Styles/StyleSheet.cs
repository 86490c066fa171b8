using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Word.Styles;

/// <summary>
/// The document's styles: those of the reference document, looked up by name (so a Chinese Word template whose
/// "heading 1" has id "1" works), plus our default definition for any style the reference lacks. Styles are
/// added only when first used.
/// </summary>
internal sealed class StyleSheet
{
    private readonly DocumentFormat.OpenXml.Wordprocessing.Styles _styles;
    private readonly Dictionary<string, string> _idByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<(string Path, DateTime Modified, long Length), (string Styles, string? Section)> ReferenceCache = new();

    // Parsed only when a reference document lacks a style: typing the whole default sheet costs ~40 ms cold.
    private static readonly Lazy<DefaultTemplates> Defaults = new(DefaultTemplates.Parse);

    private StyleSheet(DocumentFormat.OpenXml.Wordprocessing.Styles styles, SectionProperties? referenceSection)
    {
        _styles = styles;
        ReferenceSection = referenceSection;
        foreach (var style in styles.Elements<Style>()) Register(style);
    }

    /// <summary>The reference document's last section (page size and margins), if it had one.</summary>
    public SectionProperties? ReferenceSection { get; }

    public DocumentFormat.OpenXml.Wordprocessing.Styles Root => _styles;

    /// <summary>Our defaults only (no reference document).</summary>
    public static StyleSheet FromDefaults() => new(DefaultStyles.Create(), null);

    /// <summary>Loads the styles of a reference .docx; on failure reports a diagnostic and uses the defaults.</summary>
    public static StyleSheet FromReference(string path, DiagnosticBag diagnostics)
    {
        try
        {
            var file = new FileInfo(path);
            var key = (file.FullName, file.LastWriteTimeUtc, file.Length);
            if (!ReferenceCache.TryGetValue(key, out var xml))
            {
                var read = ReferencePackage.Read(path);
                if (read.Styles is null)
                {
                    diagnostics.Warning("reference-doc", $"reference document '{path}' has no styles; using the built-in styles");
                    return FromDefaults();
                }
                xml = (read.Styles, read.Section);
                ReferenceCache[key] = xml;
            }
            var sheet = new StyleSheet(new DocumentFormat.OpenXml.Wordprocessing.Styles(xml.Styles),
                xml.Section is null ? null : new SectionProperties(xml.Section));
            sheet.EnsureDocDefaults();
            return sheet;
        }
        catch (Exception e) when (e is IOException or FileFormatException or OpenXmlPackageException or InvalidDataException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            diagnostics.Warning("reference-doc", $"cannot read reference document '{path}': {e.Message}; using the built-in styles");
            return FromDefaults();
        }
    }

    /// <summary>The id of the style with this name, adding our default definition when the sheet lacks it.</summary>
    public string Id(string name)
    {
        if (_idByName.TryGetValue(name, out var id)) return id;
        if (!Defaults.Value.ByName.TryGetValue(name, out var template))
            throw new InvalidOperationException($"no default definition for style '{name}'");
        var style = (Style)template.CloneNode(true);
        _idByName[name] = ""; // guards against cycles while the references are resolved
        RemapReference(style.BasedOn);
        RemapReference(style.NextParagraphStyle);
        RemapReference(style.LinkedStyle);
        style.StyleId = UniqueId(style.StyleId?.Value ?? "Style");
        _styles.Append(style);
        Register(style);
        return style.StyleId!.Value!;
    }

    /// <summary>Sets the East Asian language (and the body language for non-CJK documents) in the document defaults.</summary>
    public void SetLanguage(string lang)
    {
        var run = RunDefaults();
        var language = run.GetFirstChild<Languages>() ?? run.AppendChild(new Languages());
        if (IsEastAsian(lang))
        {
            language.EastAsia = lang;
            language.Val ??= "en-US";
        }
        else
        {
            language.Val = lang;
            language.EastAsia = "zh-CN";
        }
    }

    private static bool IsEastAsian(string lang) =>
        lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ||
        lang.StartsWith("ko", StringComparison.OrdinalIgnoreCase);

    /// <summary>A user template may lack the East Asian font and language; add them without touching what it sets.</summary>
    private void EnsureDocDefaults()
    {
        var run = RunDefaults();
        var fonts = run.GetFirstChild<RunFonts>();
        if (fonts is null)
        {
            fonts = new RunFonts();
            run.InsertAt(fonts, 0);
        }
        if (fonts.EastAsia is null && fonts.EastAsiaTheme is null) fonts.EastAsia = DefaultStyles.EastAsianFont;
        var language = run.GetFirstChild<Languages>() ?? run.AppendChild(new Languages());
        language.EastAsia ??= "zh-CN";
    }

    private StyleRunProperties RunDefaults()
    {
        var defaults = _styles.DocDefaults ?? _styles.PrependChild(new DocDefaults());
        var rPrDefault = defaults.RunPropertiesDefault ?? defaults.PrependChild(new RunPropertiesDefault());
        var baseStyle = rPrDefault.RunPropertiesBaseStyle ?? rPrDefault.AppendChild(new RunPropertiesBaseStyle());
        return new StyleRunProperties(baseStyle);
    }

    private void RemapReference(String253Type? reference)
    {
        if (reference?.Val?.Value is not { } ourId) return;
        if (!Defaults.Value.NameById.TryGetValue(ourId, out var name))
        {
            reference.Remove();
            return;
        }
        var id = Id(name);
        if (id.Length == 0) reference.Remove();
        else reference.Val = id;
    }

    private string UniqueId(string wanted)
    {
        var id = wanted;
        for (var n = 2; _ids.Contains(id); n++) id = wanted + n;
        return id;
    }

    private void Register(Style style)
    {
        if (style.StyleId?.Value is { } id) _ids.Add(id);
        if (style.StyleName?.Val?.Value is { } name && style.StyleId?.Value is { } sid) _idByName[name] = sid;
    }

    /// <summary>Our default style definitions by name, and our ids' names (to remap basedOn/next/link references).</summary>
    private sealed class DefaultTemplates
    {
        public Dictionary<string, Style> ByName { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> NameById { get; } = new(StringComparer.Ordinal);

        public static DefaultTemplates Parse()
        {
            var templates = new DefaultTemplates();
            foreach (var style in DefaultStyles.Create().Elements<Style>())
            {
                _ = style.Descendants().Count(); // parse now: the shared templates are only read (cloned) afterwards
                var name = style.StyleName?.Val?.Value ?? "";
                templates.ByName[name] = style;
                templates.NameById[style.StyleId?.Value ?? ""] = name;
            }
            return templates;
        }
    }

    /// <summary>Run properties of the document defaults, viewed through the typed accessors.</summary>
    private sealed class StyleRunProperties(RunPropertiesBaseStyle inner)
    {
        public T? GetFirstChild<T>() where T : OpenXmlElement => inner.GetFirstChild<T>();

        public T AppendChild<T>(T child) where T : OpenXmlElement
        {
            inner.AddChild(child, throwOnError: false);
            return child;
        }

        public void InsertAt(OpenXmlElement child, int index) => inner.InsertAt(child, index);
    }
}
