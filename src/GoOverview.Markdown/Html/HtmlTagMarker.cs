using GoOverview.Model;

namespace GoOverview.Markdown.Html;

/// <summary>
/// Placeholder for an HTML tag inside an inline list between conversion and pairing. Never leaves the reader:
/// <see cref="HtmlInlinePairing"/> replaces every marker with model nodes.
/// </summary>
internal sealed record HtmlTagMarker(HtmlTag Tag, SourceLocation Location) : Inline;
