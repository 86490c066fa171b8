using System.Globalization;
using GoOverview.Export.Code;
using GoOverview.Fonts;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Paging;
using GoOverview.Pdf.Theme;

namespace GoOverview.Pdf.Flow;

/// <summary>
/// A code block as slices, one per laid line, from the shared highlighter's tokens: each token a run in its style's
/// colour and face. A source line wider than the block wraps at a break opportunity (or between characters as a last
/// resort) and its continuation lines hang behind a ↪; optional line numbers sit in a gutter; the language is named
/// in the block's top-right corner. Every line carries the band, so a block split by a page break is shaded on both
/// pages.
/// </summary>
internal sealed class CodeBlockBuilder(TextEngine engine, PdfTheme theme, CodeHighlighter highlighter, FontLibrary fonts)
{
    private readonly CodeTheme _style = highlighter.ThemeOr(theme.HighlightStyle);

    public RgbColor Band => _style == CodeThemes.Print ? theme.CodeBackground : _style.Background;

    public List<CodeLineSlice> Build(CodeBlock code, Frame frame, float spaceBefore)
    {
        var highlighted = highlighter.Highlight(code);
        var size = theme.CodeSize;
        var pad = 0.6f * size;
        var markSize = 0.78f * size;
        var charWidth = 0.6f * size; // JetBrains Mono: 600 units per em for every character
        var numbered = highlighter.NumberLines(code);
        var gutter = numbered ? (Math.Max(2, Digits(highlighted.Lines.Count)) + 1.6f) * 0.6f * markSize : 0;
        var codeLeft = pad + gutter;
        var innerWidth = Math.Max(4 * charWidth, frame.Width - codeLeft - pad);
        var hang = 2 * charWidth;
        var options = new ParagraphOptions(TextAlignment.Left, theme.CodeLineHeight, -hang, AvoidLoneLastCharacter: false, CjkLatinSpacing: false);

        var laid = new List<(LaidLine Line, bool Continuation, string? Number)>();
        for (var n = 0; n < highlighted.Lines.Count; n++)
        {
            var runs = Runs(HighlightedCode.ExpandTabs(highlighted.Lines[n]), size);
            var layout = engine.Layout(runs, innerWidth - hang, options);
            for (var i = 0; i < layout.Lines.Count; i++)
            {
                var line = layout.Lines[i];
                laid.Add((line, i > 0, i == 0 && numbered ? (n + 1).ToString(CultureInfo.InvariantCulture) : null));
            }
        }

        var label = highlighted.Label;
        var labelFits = label is null || laid.Count == 0 || laid[0].Line.Width < innerWidth - (label.Length + 2) * 0.6f * markSize;
        var padTop = labelFits ? pad : pad + 0.9f * markSize;
        var slices = new List<CodeLineSlice>(laid.Count);
        for (var i = 0; i < laid.Count; i++)
        {
            var (line, continuation, number) = laid[i];
            var top = i == 0 ? padTop : 0;
            var bottom = i == laid.Count - 1 ? pad : 0;
            slices.Add(new CodeLineSlice
            {
                Line = line,
                Height = line.Height + top + bottom,
                PadTop = top,
                Band = Band,
                BandWidth = frame.Width,
                CodeLeft = codeLeft,
                HangIndent = hang,
                IsContinuation = continuation,
                Number = number,
                Label = i == 0 ? label : null,
                MarkFont = fonts.Mono,
                MarkSize = markSize,
                MarkColor = theme.Muted,
                Indent = frame.Indent,
                QuoteBars = frame.QuoteBars,
                SpaceBefore = i == 0 ? spaceBefore : 0,
                KeepWithNext = laid.Count >= 2 && (i == 0 || i == laid.Count - 2),
            });
        }
        return slices;
    }

    /// <summary>Adds the characters of the block's bold and italic tokens to what those faces are subset to.</summary>
    public static Action<CodeBlock, HandoutCharacters> StyleCharactersOf(PdfTheme theme, CodeHighlighter highlighter)
    {
        var codeStyle = highlighter.ThemeOr(theme.HighlightStyle);
        return (code, characters) =>
        {
            foreach (var line in highlighter.Highlight(code).Lines)
                foreach (var token in line)
                {
                    var style = codeStyle[token.Kind];
                    if (style.Bold) DocumentCharacters.Add(characters.MonoBold, token.Text);
                    else if (style.Italic) DocumentCharacters.Add(characters.MonoItalic, token.Text);
                }
        };
    }

    private List<StyledRun> Runs(IReadOnlyList<CodeToken> tokens, float size)
    {
        if (tokens.Count == 0) return [new StyledRun(" ", FaceKind.Mono, size, _style.Normal.Color)];
        // Neighbouring tokens that look the same share a run: each run is shaped and drawn on its own.
        var runs = new List<StyledRun>(tokens.Count);
        foreach (var token in tokens)
        {
            var style = _style[token.Kind];
            var face = style.Bold ? FaceKind.MonoBold : style.Italic ? FaceKind.MonoItalic : FaceKind.Mono;
            if (runs.Count > 0 && runs[^1] is var last && last.Face == face && last.Color == style.Color)
                runs[^1] = last with { Text = last.Text + token.Text };
            else
                runs.Add(new StyledRun(token.Text, face, size, style.Color));
        }
        return runs;
    }

    private static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;
}
