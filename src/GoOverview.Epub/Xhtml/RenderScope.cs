using GoOverview.Export;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Epub.Xhtml;

/// <summary>The content document being written and where in the source we are (for diagnostics).</summary>
internal sealed class RenderScope(XhtmlBuilder builder, string packagePath)
{
    public XhtmlBuilder Out { get; } = builder;

    public BookState Book => Out.Book;

    /// <summary>This document's path relative to EPUB/ (e.g. "text/chapter2.xhtml").</summary>
    public string PackagePath { get; } = packagePath;

    /// <summary>The source location of the block being written.</summary>
    public SourceLocation? Location { get; set; }

    /// <summary>How many links enclose the current point (links must not nest).</summary>
    public int LinkDepth { get; set; }

    public SourceLocation Where => Location ?? Book.FileLocation;

    /// <summary>Writes an id attribute unless another element already has it (reported once per id).</summary>
    public void Id(string id)
    {
        var normalized = Structure.IdText.Normalize(id);
        if (normalized.Length == 0) return;
        if (Book.WrittenIds.Add(normalized))
        {
            Out.Attr("id", normalized);
            return;
        }
        Book.Diagnostics.ReportOnce("duplicate-id:" + normalized, new Diagnostic(Severity.Warning, "duplicate-id",
            $"the id '{normalized}' is used more than once; links go to the first element that has it", Where));
    }

    /// <summary>A link to a missing #id: reported once per build under the shared key (see <see cref="InternalLinks"/>).</summary>
    public void WarnBrokenLink(string id, string message) =>
        Book.Diagnostics.ReportOnce(InternalLinks.KeyFor(id), new Diagnostic(Severity.Warning, "link-target-missing", message, Where));

    public void Warn(string code, string message, string? onceKey = null)
    {
        var diagnostic = new Diagnostic(Severity.Warning, code, message, Where);
        if (onceKey is null) Book.Diagnostics.Report(diagnostic);
        else Book.Diagnostics.ReportOnce(code + ":" + onceKey + ":" + Where, diagnostic);
    }
}
