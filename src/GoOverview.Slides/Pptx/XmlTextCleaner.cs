using System.Text;
using System.Xml;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Slides.Pptx;

/// <summary>Removes characters XML 1.0 cannot hold (control characters, lone surrogates), reporting each removal.</summary>
internal sealed class XmlTextCleaner(DiagnosticBag diagnostics)
{
    public string Clean(string text, SourceLocation? location)
    {
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        var removed = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c)) sb.Append(c);
            else removed.Add($"U+{(int)c:X4}");
        }
        // Speaker notes repeat the slide text: report each set of removed characters once, where it is first seen.
        var which = string.Join(", ", removed.Distinct());
        diagnostics.ReportOnce("xml-illegal-character:" + which, new Diagnostic(Severity.Warning, "xml-illegal-character",
            $"removed {removed.Count} character(s) that XML cannot hold ({which}) from slide text", location));
        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!XmlConvert.IsXmlChar(c)) return false;
        }
        return true;
    }
}
