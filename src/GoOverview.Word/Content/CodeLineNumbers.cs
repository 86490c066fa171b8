using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Export.Code;
using GoOverview.Word.Styles;

namespace GoOverview.Word.Content;

/// <summary>
/// The gutter of a numbered code block (`{.numberLines}`, `--line-numbers`): each line starts with its number,
/// right-aligned in a column as wide as the largest one and followed by two spaces, in the "Code Line Number"
/// character style. Only the block is numbered (not the section, as w:lnNumType would).
/// </summary>
internal sealed class CodeLineNumbers
{
    private readonly WordBuild _build;
    private readonly RunFormat _format;
    private readonly int _width;

    private CodeLineNumbers(WordBuild build, RunFormat format, int width)
    {
        _build = build;
        _format = format;
        _width = width;
    }

    public static CodeLineNumbers For(int lineCount, WordBuild build, CodeTheme theme) =>
        new(build, RunFormat.Plain with { StyleId = TokenStyles.LineNumberId(build.Styles, theme) },
            Math.Max(2, lineCount.ToString(CultureInfo.InvariantCulture).Length));

    public IEnumerable<Run> Run(int number) =>
        _build.Fallbacks.Runs(number.ToString(CultureInfo.InvariantCulture).PadLeft(_width) + "  ", _format, han: false);
}
