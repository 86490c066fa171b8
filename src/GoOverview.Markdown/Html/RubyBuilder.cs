using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Markdown.Html;

/// <summary>
/// The content of a &lt;ruby&gt;: each &lt;rt&gt; (a Span of <see cref="AnnotationClass"/> by now) annotates the base
/// before it, so "漢&lt;rt&gt;かん&lt;/rt&gt;字&lt;rt&gt;じ&lt;/rt&gt;" is two Ruby nodes; a base without annotation stays as it is.
/// </summary>
internal static class RubyBuilder
{
    public const string AnnotationClass = "rt";

    public static ImmutableArray<Inline> Build(ImmutableArray<Inline> content)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        var pending = new List<Inline>();
        foreach (var inline in content)
        {
            if (inline is Span span && span.Attr.HasClass(AnnotationClass) && span.Attr.Classes.Length == 1)
            {
                var annotation = PlainText.Of(span.Content).Trim();
                if (pending.Count > 0 && annotation.Length > 0) result.Add(new Ruby(pending.ToImmutableArray(), annotation));
                else result.AddRange(pending);
                pending.Clear();
            }
            else
            {
                pending.Add(inline);
            }
        }
        result.AddRange(pending);
        return result.ToImmutable();
    }
}
