using System.Collections.Immutable;

namespace GoOverview.Epub.Html;

internal abstract record HtmlToken;

/// <summary>Character data, entities already decoded.</summary>
internal sealed record HtmlText(string Value) : HtmlToken;

/// <summary>A start tag; Name and attribute names are lower-case, values decoded.</summary>
internal sealed record HtmlStartTag(string Name, ImmutableArray<KeyValuePair<string, string>> Attributes, bool SelfClosing) : HtmlToken
{
    public string? Get(string name)
    {
        foreach (var a in Attributes)
            if (a.Key == name) return a.Value;
        return null;
    }
}

internal sealed record HtmlEndTag(string Name) : HtmlToken;

/// <summary>The content of a script/style-like element, kept only so the sanitizer can report it.</summary>
internal sealed record HtmlRawText(string Element, string Value) : HtmlToken;
