namespace GoOverview.Word.Styles;

/// <summary>The style names the writer asks for (Word's built-in English names, matched case-insensitively).</summary>
internal static class StyleNames
{
    public const string Normal = "Normal";
    public const string BodyText = "Body Text";
    public const string Compact = "Compact";
    public const string ListParagraph = "List Paragraph";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Author = "Author";
    public const string Date = "Date";
    public const string TocHeading = "TOC Heading";
    public const string BlockText = "Block Text";
    public const string SourceCode = "Source Code";
    public const string VerbatimChar = "Verbatim Char";
    public const string KeyTerm = "Key Term";
    public const string Hyperlink = "Hyperlink";
    public const string FootnoteText = "footnote text";
    public const string FootnoteReference = "footnote reference";
    public const string Caption = "caption";
    public const string Figure = "Figure";
    public const string Header = "header";
    public const string Footer = "footer";
    public const string TableGrid = "Table Grid";

    public static string Heading(int level) => "heading " + Math.Clamp(level, 1, 6);

    public static string Toc(int level) => "toc " + Math.Clamp(level, 1, 9);
}
