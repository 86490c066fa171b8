using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Word.Styles;

/// <summary>
/// The document's styles: those of the reference document, looked up by name (so a Chinese Word template whose
/// "heading 1" has id "1" works), plus our default definition for any style the reference lacks. Styles are
/// added only when first used. Held as plain XML (not the SDK's typed tree): typing a whole style sheet loads a
/// few hundred SDK element types and cost ~40 ms of every cold start.
/// </summary>
internal sealed partial class StyleSheet
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false) };
    // Keyed by path, write time and length; string keys and a class value keep the generic code precompiled.
    private static readonly ConcurrentDictionary<string, ReferenceXml> ReferenceCache = new(StringComparer.Ordinal);

    // Needed only when a reference document lacks a style.
    private static readonly Lazy<DefaultTemplates> Defaults = new(DefaultTemplates.Parse);

    private readonly XElement _styles;
    private readonly Dictionary<string, string> _idByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);

    private StyleSheet(XElement styles, SectionProperties? referenceSection)
    {
        _styles = styles;
        ReferenceSection = referenceSection;
        foreach (var style in styles.Elements(W + "style")) Register(style);
    }

    /// <summary>The reference document's last section (page size and margins), if it had one.</summary>
    public SectionProperties? ReferenceSection { get; }

    /// <summary>Our defaults only (no reference document).</summary>
    public static StyleSheet FromDefaults() => new(DefaultStyles.Create(), null);

    /// <summary>Loads the styles of a reference .docx; on failure reports a diagnostic and uses the defaults.</summary>
    public static StyleSheet FromReference(string path, DiagnosticBag diagnostics)
    {
        try
        {
            var file = new FileInfo(path);
            var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file.FullName}|{file.LastWriteTimeUtc.Ticks}|{file.Length}");
            if (!ReferenceCache.TryGetValue(key, out var xml))
            {
                var read = ReferencePackage.Read(path);
                if (read.Styles is null)
                {
                    diagnostics.Warning("reference-doc", $"reference document '{path}' has no styles; using the built-in styles");
                    return FromDefaults();
                }
                xml = new ReferenceXml(read.Styles, read.Section);
                ReferenceCache[key] = xml;
            }
            var styles = XElement.Parse(xml.Styles);
            if (styles.Name != W + "styles") throw new XmlException($"the styles part's root is {styles.Name.LocalName}, not w:styles");
            var sheet = new StyleSheet(styles, xml.Section is null ? null : new SectionProperties(xml.Section));
            sheet.EnsureDocDefaults();
            return sheet;
        }
        catch (FileRefusedException e)
        {
            // A special file or a zip bomb is refused, not replaced by the defaults: the user asked for these styles.
            throw new ContentException(e.Message);
        }
        catch (Exception e) when (e is IOException or FileFormatException or OpenXmlPackageException or InvalidDataException or UnauthorizedAccessException or XmlException)
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
        var style = new XElement(template);
        _idByName[name] = ""; // guards against cycles while the references are resolved
        RemapReference(style.Element(W + "basedOn"));
        RemapReference(style.Element(W + "next"));
        RemapReference(style.Element(W + "link"));
        id = UniqueId((string?)style.Attribute(W + "styleId") ?? "Style");
        style.SetAttributeValue(W + "styleId", id);
        ApplyHeadingFace(style);
        _styles.Add(style);
        Register(style);
        return id;
    }

    /// <summary>Whether the sheet already holds a style of this name (asking never adds it).</summary>
    public bool Has(string name) => _idByName.TryGetValue(name, out var id) && id.Length > 0;

    /// <summary>Body Text without its first-line indent (the theme's switch): a zero indent on the style.</summary>
    public void RemoveBodyFirstLineIndent()
    {
        var style = _styles.Elements(W + "style").FirstOrDefault(s => (string?)s.Attribute(W + "styleId") == Id(StyleNames.BodyText));
        if (style?.Element(W + "pPr")?.Element(W + "ind") is not { } ind) return;
        ind.SetAttributeValue(W + "firstLineChars", "0");
        ind.SetAttributeValue(W + "firstLine", "0");
    }

    /// <summary>The id of the style with this name, adding <paramref name="create"/>'s definition when the sheet lacks it.</summary>
    public string IdOrAdd(string name, Func<XElement> create)
    {
        if (_idByName.TryGetValue(name, out var id)) return id;
        var style = create();
        RemapReference(style.Element(W + "basedOn"));
        id = UniqueId((string?)style.Attribute(W + "styleId") ?? "Style");
        style.SetAttributeValue(W + "styleId", id);
        _styles.Add(style);
        Register(style);
        return id;
    }

    /// <summary>Sets the East Asian language (and the body language for non-CJK documents) in the document defaults.</summary>
    public void SetLanguage(string lang)
    {
        var language = Language(RunDefaults());
        if (IsEastAsian(lang))
        {
            language.SetAttributeValue(W + "eastAsia", lang);
            if (language.Attribute(W + "val") is null) language.SetAttributeValue(W + "val", "en-US");
        }
        else
        {
            language.SetAttributeValue(W + "val", lang);
            language.SetAttributeValue(W + "eastAsia", "zh-CN");
        }
    }

    /// <summary>The styles part as UTF-8 XML.</summary>
    public byte[] ToXmlBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            writer.WriteStartDocument(standalone: true);
            _styles.WriteTo(writer);
        }
        return buffer.ToArray();
    }

    public string ToXmlString() => _styles.ToString(SaveOptions.DisableFormatting);

    private static bool IsEastAsian(string lang) =>
        lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ||
        lang.StartsWith("ko", StringComparison.OrdinalIgnoreCase);

    /// <summary>A user template may lack the East Asian font and language; add them without touching what it sets.</summary>
    private void EnsureDocDefaults()
    {
        var run = RunDefaults();
        var fonts = run.Element(W + "rFonts");
        if (fonts is null)
        {
            fonts = new XElement(W + "rFonts");
            run.AddFirst(fonts);
        }
        if (fonts.Attribute(W + "eastAsia") is null && fonts.Attribute(W + "eastAsiaTheme") is null) fonts.SetAttributeValue(W + "eastAsia", DefaultStyles.EastAsianFont);
        var language = Language(run);
        if (language.Attribute(W + "eastAsia") is null) language.SetAttributeValue(W + "eastAsia", "zh-CN");
    }

    /// <summary>w:docDefaults/w:rPrDefault/w:rPr, made where missing (docDefaults and rPrDefault come first in their parents).</summary>
    private XElement RunDefaults()
    {
        var defaults = _styles.Element(W + "docDefaults") ?? AddFirst(_styles, W + "docDefaults");
        var rPrDefault = defaults.Element(W + "rPrDefault") ?? AddFirst(defaults, W + "rPrDefault");
        return rPrDefault.Element(W + "rPr") ?? AddFirst(rPrDefault, W + "rPr");
    }

    /// <summary>The w:lang of the run properties, inserted in schema order (before eastAsianLayout, specVanish, oMath) when missing.</summary>
    private static XElement Language(XElement runProperties)
    {
        if (runProperties.Element(W + "lang") is { } existing) return existing;
        var language = new XElement(W + "lang");
        var next = runProperties.Elements().FirstOrDefault(e => e.Name == W + "eastAsianLayout" || e.Name == W + "specVanish" || e.Name == W + "oMath");
        if (next is null) runProperties.Add(language);
        else next.AddBeforeSelf(language);
        return language;
    }

    private static XElement AddFirst(XElement parent, XName name)
    {
        var child = new XElement(name);
        parent.AddFirst(child);
        return child;
    }

    private void RemapReference(XElement? reference)
    {
        if ((string?)reference?.Attribute(W + "val") is not { } ourId) return;
        if (!Defaults.Value.NameById.TryGetValue(ourId, out var name))
        {
            reference!.Remove();
            return;
        }
        var id = Id(name);
        if (id.Length == 0) reference!.Remove();
        else reference!.SetAttributeValue(W + "val", id);
    }

    private string UniqueId(string wanted)
    {
        var id = wanted;
        for (var n = 2; _ids.Contains(id); n++) id = wanted + n;
        return id;
    }

    private void Register(XElement style)
    {
        if ((string?)style.Attribute(W + "styleId") is not { } id) return;
        _ids.Add(id);
        if ((string?)style.Element(W + "name")?.Attribute(W + "val") is { } name) _idByName[name] = id;
    }

    private sealed record ReferenceXml(string Styles, string? Section);

    /// <summary>Our default style definitions by name, and our ids' names (to remap basedOn/next/link references).</summary>
    private sealed class DefaultTemplates
    {
        public Dictionary<string, XElement> ByName { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> NameById { get; } = new(StringComparer.Ordinal);

        public static DefaultTemplates Parse()
        {
            var templates = new DefaultTemplates();
            foreach (var style in DefaultStyles.Create().Elements(W + "style").Concat(ConstructStyles.Create().Elements(W + "style")))
            {
                var name = (string?)style.Element(W + "name")?.Attribute(W + "val") ?? "";
                templates.ByName[name] = style;
                templates.NameById[(string?)style.Attribute(W + "styleId") ?? ""] = name;
            }
            return templates;
        }
    }
}
