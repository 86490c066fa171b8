using GoOverview.Model;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>Fenced (```go, ```go {.numberLines}) and indented code blocks.</summary>
internal static class CodeBlockConverter
{
    public static CodeBlock Convert(Md.CodeBlock code)
    {
        var (language, attr) = code is Md.FencedCodeBlock fenced
            ? CodeInfoString.Parse(((fenced.Info ?? "") + " " + (fenced.Arguments ?? "")).Trim())
            : ("", Attr.Empty);
        return new CodeBlock(language, code.Lines.ToString(), attr);
    }
}
