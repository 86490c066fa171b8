using GoOverview.Epub.Styling;
using GoOverview.Export.Code;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>
/// A code block as <c>&lt;pre class="code language-go"&gt;&lt;code class="language-go"&gt;</c> with one
/// <c>&lt;span class="tok-…"&gt;</c> per highlighted token; the colours live in the generated stylesheet
/// (<see cref="CodeStyles"/>), never in style attributes. In a numbered block each line is a <c>span.line</c> numbered by
/// the stylesheet.
/// </summary>
internal static class CodeRenderer
{
    public static void Write(RenderScope scope, CodeBlock code)
    {
        var highlighted = scope.Book.Context.Code.Highlight(code);
        var output = scope.Out;
        output.Start("pre");
        scope.Id(code.Attr.Id);
        var numbered = scope.Book.Context.Code.NumberLines(code);
        var classes = new List<string> { "code" };
        if (numbered)
        {
            classes.Add("numbered");
            scope.Book.HasNumberedCode = true;
        }
        var language = new List<string>();
        if (code.Language.Length > 0) StyleClasses.AddSafe(language, "language-" + code.Language.Trim('{', '}', '.'));
        classes.AddRange(language);
        output.Classes(classes);
        output.Start("code");
        if (language.Count > 0) output.Classes(language);
        for (var i = 0; i < highlighted.Lines.Count; i++)
        {
            if (i > 0) output.Text("\n");
            if (numbered)
            {
                output.Start("span");
                output.Attr("class", "line");
            }
            foreach (var token in highlighted.Lines[i])
            {
                if (token.Kind == TokenKind.Normal)
                {
                    output.Text(token.Text, scope.Location);
                    continue;
                }
                scope.Book.HasHighlightedCode = true;
                output.Start("span");
                output.Attr("class", token.Kind.CssClass());
                output.Text(token.Text, scope.Location);
                output.End("span");
            }
            if (numbered) output.End("span");
        }
        output.End("code");
        output.End("pre");
    }
}
