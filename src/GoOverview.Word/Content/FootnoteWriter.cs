using GoOverview.Export.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Word.Package;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Content;

/// <summary>
/// Footnotes as real Word footnotes: a w:footnoteReference in the text and the note's blocks in the footnotes part
/// (which starts with the separator notes -1 and 0 that Word expects).
/// </summary>
internal sealed class FootnoteWriter(WordBuild build)
{
    private OpcPart? _part;
    private Footnotes? _notes;
    private long _nextId = 1;
    private int _notesBeingWritten;
    private string? _currentLabel;
    private readonly HashSet<string> _writtenLabels = new(StringComparer.Ordinal);
    private Dictionary<string, FootnoteDefinition>? _definitions;

    public bool HasNotes => _part is not null;

    private readonly Dictionary<long, Footnote> _byId = new();

    /// <summary>The note written for a w:footnoteReference id (the TOC's page estimate sets it at the page foot).</summary>
    public Footnote? NoteById(long id) => _byId.GetValueOrDefault(id);

    /// <summary>The reference run for a note, or null (with a diagnostic) when the note has no definition.</summary>
    public Run? Reference(FootnoteRef reference, SourceLocation? where)
    {
        _definitions ??= build.Document.Footnotes.GroupBy(f => f.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (!_definitions.TryGetValue(reference.Label, out var definition))
        {
            build.Context.Diagnostics.Warning("footnote-missing", $"footnote [^{reference.Label}] has no definition; its number is shown as text", where);
            return null;
        }
        var style = new RunProperties { RunStyle = new RunStyle { Val = build.Styles.Id(StyleNames.FootnoteReference) } };
        if (_notesBeingWritten > 0)
        {
            // Word has no notes inside notes (and a note may cite itself): show the number as superscript text.
            if (_writtenLabels.Add(reference.Label) && reference.Label != _currentLabel)
                build.Context.Diagnostics.Warning("footnote-nested",
                    $"footnote [^{reference.Label}] is cited inside another note; Word cannot nest notes, so only its number is shown there", where);
            return new Run(style, new W.Text(reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var id = _nextId++;
        _writtenLabels.Add(reference.Label);
        _currentLabel = reference.Label;
        _notesBeingWritten++;
        try
        {
            var note = Note(definition, id);
            _notes!.Append(note);
            _byId[id] = note;
        }
        finally
        {
            _notesBeingWritten--;
        }
        var run = new Run(style);
        run.Append(new FootnoteReference { Id = id });
        return run;
    }

    private Footnote Note(FootnoteDefinition definition, long id)
    {
        var note = new Footnote { Id = id };
        var context = new BlockContext(StyleNames.FootnoteText, -1, 0, InFootnote: true);
        var blocks = new BlockWriter(build, Part()).Convert(definition.Blocks, context);
        var mark = new Run(new RunProperties { RunStyle = new RunStyle { Val = build.Styles.Id(StyleNames.FootnoteReference) } }, new FootnoteReferenceMark());
        var space = new Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve });
        if (blocks.FirstOrDefault() is W.Paragraph first)
        {
            var afterProperties = first.ParagraphProperties is null ? 0 : 1;
            first.InsertAt(space, afterProperties);
            first.InsertAt(mark, afterProperties);
        }
        else
        {
            var paragraph = new BlockWriter(build, Part()).NewParagraph(StyleNames.FootnoteText, null);
            paragraph.Append(mark, space);
            blocks.Insert(0, paragraph);
        }
        note.Append(blocks);
        return note;
    }

    /// <summary>The footnotes part (made on the first note, with Word's separator notes).</summary>
    private OpcPart Part()
    {
        if (_part is not null) return _part;
        _notes = new Footnotes(
            new Footnote(new W.Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new W.Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        _part = build.Package.AddRelated(build.Main, RelationshipTypes.Footnotes, "/word/footnotes.xml", ContentTypes.Footnotes);
        _part.Content = _notes.WriteTo;
        return _part;
    }
}
