using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GoOverview.Markdown.Html;

/// <summary>
/// The reader's one HTML parser: AngleSharp's HTML5 tree builder, run on each block of raw HTML as a fragment of a
/// &lt;body&gt;. It keeps source positions (for the line of each warning) and nests at most <see cref="MaxDepth"/>
/// elements (deeper ones are added as siblings, so hostile nesting costs no stack).
/// </summary>
internal sealed class HtmlFragmentParser
{
    public const int MaxDepth = 128;

    private readonly HtmlParser _parser = new(new HtmlParserOptions
    {
        IsKeepingSourceReferences = true,
        MaximumDepth = MaxDepth,
        IsScripting = false,
    });

    private IElement? _body;

    public INodeList Parse(string html)
    {
        _body ??= _parser.ParseDocument("").Body!;
        return _parser.ParseFragment(html, _body);
    }

    /// <summary>The 1-based line of an element inside its fragment (1 when unknown).</summary>
    public static int LineOf(INode? node) => node is IElement { SourceReference: { } reference } ? Math.Max(1, reference.Position.Line) : 1;
}
