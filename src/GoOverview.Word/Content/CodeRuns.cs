using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Word.Styles;

namespace GoOverview.Word.Content;

/// <summary>
/// A code block's runs from the shared highlighter: each token in its kind's character style (KeywordTok…), lines
/// separated by breaks inside the one Source Code paragraph; a numbered block starts each line with its number.
/// </summary>
internal static class CodeRuns
{
    public static void Append(DocumentFormat.OpenXml.Wordprocessing.Paragraph paragraph, CodeBlock code, WordBuild build)
    {
        var highlighted = build.Context.Code.Highlight(code);
        var theme = build.Context.Code.Theme;
        var numbers = build.Context.Code.NumberLines(code) ? CodeLineNumbers.For(highlighted.Lines.Count, build, theme) : null;
        for (var i = 0; i < highlighted.Lines.Count; i++)
        {
            if (i > 0) paragraph.Append(new Run(new Break()));
            if (numbers is not null) paragraph.Append(numbers.Run(i + 1));
            foreach (var token in highlighted.Lines[i])
            {
                var format = RunFormat.Plain with { StyleId = TokenStyles.Id(build.Styles, theme, token.Kind) };
                var text = build.Clean(token.Text, code.Location);
                if (!theme[token.Kind].Italic)
                {
                    paragraph.Append(build.Fallbacks.Runs(text, format, han: false));
                    continue;
                }
                // Italic is not a Chinese convention: Han text in an italic comment stays upright.
                foreach (var (piece, han) in CjkText.SplitHan(text))
                {
                    foreach (var run in build.Fallbacks.Runs(piece, format, han: false))
                    {
                        if (han) run.RunProperties!.Append(new Italic { Val = false }, new ItalicComplexScript { Val = false });
                        paragraph.Append(run);
                    }
                }
            }
        }
    }
}
