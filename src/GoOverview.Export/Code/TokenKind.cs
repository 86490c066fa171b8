namespace GoOverview.Export.Code;

/// <summary>
/// The closed set of token kinds a highlighted code block is made of, after pandoc's (skylighting's) token types, so
/// a Word reference document or a stylesheet can restyle them by the same names (<see cref="TokenKinds.StyleName"/>).
/// </summary>
public enum TokenKind
{
    Normal,
    Keyword,
    ControlFlow,
    Import,
    DataType,
    DecVal,
    Float,
    Char,
    String,
    SpecialChar,
    Comment,
    Function,
    BuiltIn,
    Constant,
    Variable,
    Operator,
    Attribute,
    Preprocessor,
    Alert,
}

public static class TokenKinds
{
    public static readonly IReadOnlyList<TokenKind> All = Enum.GetValues<TokenKind>();

    /// <summary>pandoc's name for the kind: "KeywordTok", "StringTok"… (Word character styles use it).</summary>
    public static string StyleName(this TokenKind kind) => kind + "Tok";

    /// <summary>A short CSS class: "tok-kw", "tok-st"… (EPUB).</summary>
    public static string CssClass(this TokenKind kind) => "tok-" + kind switch
    {
        TokenKind.Normal => "nm",
        TokenKind.Keyword => "kw",
        TokenKind.ControlFlow => "cf",
        TokenKind.Import => "im",
        TokenKind.DataType => "dt",
        TokenKind.DecVal => "dv",
        TokenKind.Float => "fl",
        TokenKind.Char => "ch",
        TokenKind.String => "st",
        TokenKind.SpecialChar => "sc",
        TokenKind.Comment => "co",
        TokenKind.Function => "fu",
        TokenKind.BuiltIn => "bu",
        TokenKind.Constant => "cn",
        TokenKind.Variable => "va",
        TokenKind.Operator => "op",
        TokenKind.Attribute => "at",
        TokenKind.Preprocessor => "pp",
        TokenKind.Alert => "al",
        _ => "nm",
    };
}
