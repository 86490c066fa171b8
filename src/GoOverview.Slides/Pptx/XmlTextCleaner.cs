using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Slides.Pptx;

/// <summary>Removes characters XML 1.0 cannot hold (control characters, lone surrogates), reporting each removal.</summary>
internal sealed class XmlTextCleaner(DiagnosticBag diagnostics)
{
    public string Clean(string text, SourceLocation? location)
    {
        if (XmlChars.IsLegal(text)) return text;
        var removed = new List<int>();
        var clean = XmlChars.Clean(text, removed);
        // Speaker notes repeat the slide text: report each set of removed characters once, where it is first seen.
        var which = string.Join(", ", removed.Distinct().Select(c => $"U+{c:X4}"));
        diagnostics.ReportOnce("xml-illegal-character:" + which, new Diagnostic(Severity.Warning, "xml-illegal-character",
            $"removed {removed.Count} character(s) that XML cannot hold ({which}) from slide text", location));
        return clean;
    }
}
