using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Links;

namespace GoOverview.Export;

/// <summary>
/// Internal links (#id) checked once per build, before any writer runs: a link whose target is no id in the document
/// is reported once, at its block's line, under <see cref="KeyFor"/> — writers report under the same key, so the
/// warning never repeats per format (each writer then keeps the link text without a link).
/// </summary>
public static class InternalLinks
{
    public static string KeyFor(string id) => "broken-link:" + id;

    /// <summary>Every id a link can point at: headings, tables, figures, code blocks, divs and spans (raw HTML is model nodes by now).</summary>
    public static HashSet<string> TargetsOf(Document document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in DocumentWalker.AllBlocks(document))
        {
            var attr = block switch
            {
                Heading h => h.Attr,
                Table t => t.Attr,
                Figure f => f.Attr,
                CodeBlock c => c.Attr,
                Div d => d.Attr,
                _ => null,
            };
            if (attr is { Id.Length: > 0 }) ids.Add(attr.Id);
            foreach (var inline in DocumentWalker.OwnInlines(block).SelectMany(i => DocumentWalker.Flatten(i)))
            {
                if (inline is Span { Attr.Id.Length: > 0 } span) ids.Add(span.Attr.Id);
            }
        }
        return ids;
    }

    public static void ReportBroken(Document document, DiagnosticBag diagnostics)
    {
        var targets = TargetsOf(document);
        foreach (var block in DocumentWalker.AllBlocks(document))
        {
            foreach (var inline in DocumentWalker.OwnInlines(block).SelectMany(i => DocumentWalker.Flatten(i)))
            {
                if (inline is not Link link || LinkPolicy.Classify(link.Url) is not (LinkKind.Internal, var id) || targets.Contains(id)) continue;
                diagnostics.ReportOnce(KeyFor(id), new Diagnostic(Severity.Warning, "broken-link",
                    $"internal link '#{id}' points at no heading or element of the document; its text is kept without a link", block.Location));
            }
        }
    }
}
