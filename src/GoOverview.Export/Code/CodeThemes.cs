using GoOverview.Model;

namespace GoOverview.Export.Code;

/// <summary>
/// The built-in code styles (`--highlight-style NAME`). "print" is the default: tuned for paper, every colour at
/// least 4.5:1 against its background (WCAG AA), keywords bold so they survive greyscale printing. "tango" and
/// "monochrome" follow pandoc's styles of those names ("tango" with its lighter colours darkened to the same contrast).
/// </summary>
public static class CodeThemes
{
    public const string DefaultName = "print";

    public static readonly CodeTheme Print = new("print", Hex("F3F4F6"), Hex("1F2328"), new Dictionary<TokenKind, TokenStyle>
    {
        [TokenKind.Keyword] = new(Hex("8A2BA8"), Bold: true),
        [TokenKind.ControlFlow] = new(Hex("8A2BA8"), Bold: true),
        [TokenKind.Import] = new(Hex("8A2BA8"), Bold: true),
        [TokenKind.DataType] = new(Hex("0B6282")),
        [TokenKind.DecVal] = new(Hex("A14800")),
        [TokenKind.Float] = new(Hex("A14800")),
        [TokenKind.Char] = new(Hex("176A2E")),
        [TokenKind.String] = new(Hex("176A2E")),
        [TokenKind.SpecialChar] = new(Hex("A3265A")),
        [TokenKind.Comment] = new(Hex("5D6670"), Italic: true),
        [TokenKind.Function] = new(Hex("0550AE")),
        [TokenKind.BuiltIn] = new(Hex("0550AE"), Bold: true),
        [TokenKind.Constant] = new(Hex("B0182A")),
        [TokenKind.Variable] = new(Hex("1F2328")),
        [TokenKind.Operator] = new(Hex("4F5660")),
        [TokenKind.Attribute] = new(Hex("7A4B00")),
        [TokenKind.Preprocessor] = new(Hex("8A2BA8")),
        [TokenKind.Alert] = new(Hex("B0182A"), Bold: true),
    });

    public static readonly CodeTheme Tango = new("tango", Hex("F8F8F8"), Hex("000000"), new Dictionary<TokenKind, TokenStyle>
    {
        [TokenKind.Keyword] = new(Hex("204A87"), Bold: true),
        [TokenKind.ControlFlow] = new(Hex("204A87"), Bold: true),
        [TokenKind.Import] = new(Hex("204A87"), Bold: true),
        [TokenKind.DataType] = new(Hex("204A87")),
        [TokenKind.DecVal] = new(Hex("0000CF")),
        [TokenKind.Float] = new(Hex("0000CF")),
        [TokenKind.Char] = new(Hex("3A7304")),
        [TokenKind.String] = new(Hex("3A7304")),
        [TokenKind.SpecialChar] = new(Hex("8C4A00")),
        [TokenKind.Comment] = new(Hex("8F5902"), Italic: true),
        [TokenKind.Function] = new(Hex("204A87")),
        [TokenKind.BuiltIn] = new(Hex("204A87")),
        [TokenKind.Constant] = new(Hex("8C4A00")),
        [TokenKind.Operator] = new(Hex("A84B00"), Bold: true),
        [TokenKind.Attribute] = new(Hex("7A6400")),
        [TokenKind.Preprocessor] = new(Hex("8F5902"), Italic: true),
        [TokenKind.Alert] = new(Hex("C00000"), Bold: true),
    });

    public static readonly CodeTheme Monochrome = new("monochrome", Hex("F5F5F5"), Hex("000000"), new Dictionary<TokenKind, TokenStyle>
    {
        [TokenKind.Keyword] = new(Hex("000000"), Bold: true),
        [TokenKind.ControlFlow] = new(Hex("000000"), Bold: true),
        [TokenKind.Import] = new(Hex("000000"), Bold: true),
        [TokenKind.DataType] = new(Hex("000000")),
        [TokenKind.Comment] = new(Hex("000000"), Italic: true),
        [TokenKind.Alert] = new(Hex("000000"), Bold: true),
        [TokenKind.Preprocessor] = new(Hex("000000"), Bold: true),
        [TokenKind.BuiltIn] = new(Hex("000000"), Bold: true),
    });

    public static IReadOnlyList<CodeTheme> All { get; } = [Print, Tango, Monochrome];

    public static IEnumerable<string> Names => All.Select(t => t.Name);

    public static CodeTheme? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static RgbColor Hex(string hex) => new(
        Convert.ToByte(hex[..2], 16), Convert.ToByte(hex[2..4], 16), Convert.ToByte(hex[4..6], 16));
}
