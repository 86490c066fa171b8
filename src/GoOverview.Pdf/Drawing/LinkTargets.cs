using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Pdf.Drawing;

/// <summary>
/// Internal link targets: document ids (#id) mapped to short ASCII destination names, so any id (Chinese included)
/// works as a PDF named destination. A link to an id that does not exist is reported once.
/// </summary>
internal sealed class LinkTargets(DiagnosticBag diagnostics, string sourcePath)
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);

    /// <summary>The destination name for an id, created on first use.</summary>
    public string Define(string id)
    {
        if (!_byId.TryGetValue(id, out var name))
        {
            name = "d" + (_byId.Count + 1);
            _byId[id] = name;
        }
        return name;
    }

    public string? Resolve(string id)
    {
        if (_byId.TryGetValue(id, out var name)) return name;
        diagnostics.ReportOnce(GoOverview.Export.InternalLinks.KeyFor(id), new Diagnostic(Severity.Warning, "broken-link",
            $"internal link '#{id}' points at no heading or element; it is drawn without a link", new SourceLocation(sourcePath, 1, 1)));
        return null;
    }
}
