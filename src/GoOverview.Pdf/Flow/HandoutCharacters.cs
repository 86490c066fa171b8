using System.Collections.Immutable;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Pdf.Drawing;

namespace GoOverview.Pdf.Flow;

/// <summary>
/// The characters the handout may draw, per face — what each font is subset to before shaping. The regular face
/// gets everything (it is the fallback for the others); bold only what headings, strong text, key terms, table
/// headers and the TOC's major entries show; mono only code. A fallback face (symbols, emoji, Korean) gets only
/// the characters the chain draws with it — none, so it is not embedded, for a document that needs none.
/// </summary>
internal sealed class HandoutCharacters
{
    private const string Generated = "•◦▪.)目录注释[]…abcdefghijklmnopqrstuvwxyz";
    private const string TaskMarks = "☑☐";

    // HashSet, not SortedSet: its int instantiation is precompiled in the framework (no start-up JIT).
    public HashSet<int> Regular { get; } = new();
    public HashSet<int> Bold { get; } = new();
    public HashSet<int> Mono { get; } = new();
    /// <summary>Only what highlighted code sets bold or italic (keywords, comments).</summary>
    public HashSet<int> MonoBold { get; } = new();
    public HashSet<int> MonoItalic { get; } = new();
    /// <summary>What formulas draw from the math face (empty, so it is not embedded, for a document without formulas).</summary>
    public HashSet<int> Math { get; } = new();

    // What was added to Regular (every shown text), for the fallback faces' sets, which follow the chain by cluster.
    private readonly List<string> _texts = new();
    private Lazy<Dictionary<FontFile, SortedSet<int>>>? _fallbackSets;

    public static HandoutCharacters Collect(Document document, string title, Action<CodeBlock, HandoutCharacters>? styledCode = null)
    {
        var c = new HandoutCharacters();
        var m = document.Metadata;
        foreach (var text in new[] { m.Title, m.Subtitle, m.Date, m.AuthorLine, m.Description, CoverPage.Organisation(m) }) c.AddShown(text);
        for (var cp = 0x20; cp < 0x7F; cp++)
        {
            c.Regular.Add(cp);
            c.Mono.Add(cp);
        }
        var words = Model.Localisation.FurnitureWords.For(m.Lang);
        c.AddShown(Generated + words.Characters + title);
        DocumentCharacters.Add(c.Bold, " 0123456789." + words.Contents + string.Concat(words.CalloutLabels) + title + document.Metadata.AuthorLine);
        if (DocumentCharacters.HasTasks(document)) c.AddShown(TaskMarks);
        foreach (var block in DocumentWalker.AllBlocks(document))
        {
            c.AddShown(PlainText.Of(block));
            switch (block)
            {
                case Heading h: c.Walk(h.Content, bold: true); break;
                case CodeBlock codeBlock:
                    DocumentCharacters.Add(c.Mono, codeBlock.Text);
                    styledCode?.Invoke(codeBlock, c);
                    break;
                case Table t:
                    foreach (var cell in t.Header.Cells) c.Walk(cell.Content, bold: true);
                    foreach (var row in t.Rows)
                        foreach (var cell in row.Cells) c.Walk(cell.Content, bold: false);
                    break;
                case Paragraph p: c.Walk(p.Content, bold: false); break;
                case Figure f: c.Walk(f.Caption, bold: false); break;
                case Callout or TabSet or DefinitionList:
                    foreach (var shown in DocumentWalker.OwnInlines(block)) c.Walk(shown, bold: true); // titles, tab labels, terms
                    break;
            }
        }
        return c;
    }

    public IReadOnlyCollection<int> For(FontFile font, FontLibrary fonts)
    {
        if (font == fonts.Bold) return Bold;
        if (font == fonts.Mono) return Mono;
        if (font == fonts.MonoBold) return MonoBold;
        if (font == fonts.MonoItalic) return MonoItalic;
        if (font == fonts.Math) return Math;
        if (font.Role == FontRole.Fallback)
        {
            _fallbackSets ??= new Lazy<Dictionary<FontFile, SortedSet<int>>>(() => FontChain.FallbackCharacters(fonts, _texts));
            return _fallbackSets.Value.TryGetValue(font, out var set) ? set : [];
        }
        return Regular;
    }

    private void AddShown(string text)
    {
        DocumentCharacters.Add(Regular, text);
        _texts.Add(text);
    }

    private void Walk(ImmutableArray<Inline> inlines, bool bold)
    {
        if (inlines.IsDefaultOrEmpty) return;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t when bold: DocumentCharacters.Add(Bold, t.Value); break;
                case Code code: DocumentCharacters.Add(Mono, code.Text); break;
                case Strong s: Walk(s.Content, true); break;
                case Span s: Walk(s.Content, bold || KeyTerms.IsKeyTerm(s) || s.Style.Bold); break;
                case Ruby r: Walk(r.Fallback, bold); break;
                case Formula f: GoOverview.Layout.Equations.EquationCharacters.AddTo(Math, f); break;
                case Link l:
                    AddShown(l.Url); // an empty link shows its URL
                    Walk(l.Content, bold);
                    break;
                default: Walk(DocumentWalker.ChildInlines(inline), bold); break;
            }
        }
    }
}
