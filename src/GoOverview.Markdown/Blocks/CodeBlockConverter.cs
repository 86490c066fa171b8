using GoOverview.Model;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>Fenced (```go) and indented code blocks.</summary>
internal static class CodeBlockConverter
{
    public static CodeBlock Convert(Md.CodeBlock code)
    {
        var language = code is Md.FencedCodeBlock fenced
            ? (fenced.Info ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? ""
            : "";
        return new CodeBlock(language, code.Lines.ToString(), Attr.Empty);
    }
}
