using System.Globalization;
using GoOverview.Epub.Structure;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>
/// The notes placed in a chapter, as EPUB 3 footnotes: &lt;aside epub:type="footnote"&gt; after the text (reading
/// systems show them as pop-ups), each starting with its number linked back to the first reference.
/// </summary>
internal static class FootnoteSection
{
    public static void Write(RenderScope scope, BlockRenderer blocks, IReadOnlyList<NotePlan> notes)
    {
        if (notes.Count == 0) return;
        var o = scope.Out;
        o.Start("section");
        o.Attr("class", "footnotes");
        o.NewLine();
        foreach (var note in notes)
        {
            o.Start("aside");
            o.EpubType("footnote");
            scope.Id(note.NoteId);
            o.Attr("class", "footnote");
            var body = note.Note.Blocks;
            var first = body.FirstOrDefault() as Paragraph;
            o.Start("p");
            BackLink(scope, note);
            if (first is not null)
            {
                if (note.Note.Location is not null) scope.Location = note.Note.Location;
                blocks.Inlines.Write(first.Content);
            }
            o.End("p");
            blocks.Write(first is null ? body : body.RemoveAt(0));
            o.End("aside");
            o.NewLine();
        }
        o.End("section");
        o.NewLine();
    }

    private static void BackLink(RenderScope scope, NotePlan note)
    {
        var number = note.Note.Number.ToString(CultureInfo.InvariantCulture);
        var o = scope.Out;
        var href = note.FirstRefId.Length == 0 ? null : scope.Book.Plan.HrefOf(note.FirstRefId, scope.PackagePath);
        if (href is null)
        {
            o.Start("span");
            o.Attr("class", "footnote-number");
            o.Text(number + ".");
            o.End("span");
        }
        else
        {
            o.Start("a");
            o.Attr("href", href);
            o.Attr("class", "footnote-back");
            o.Text(number + ".");
            o.End("a");
        }
        o.Text(" ");
    }
}
