using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Localisation;

namespace GoOverview.Slides.Planning;

/// <summary>
/// Every character a planned deck shows (titles, bodies, subtitles, speaker notes, slide numbers): what the fonts
/// are cut down to for embedding and drawing, so a subset never lacks a character on a slide.
/// </summary>
internal static class SlideCharacters
{
    /// <summary>Slide numbers (drawn by the viewer, not planned) and list markers are always included.</summary>
    private const string Always = "0123456789 •–";

    /// <summary>What the planner itself writes: continuation and picture suffixes, shortened titles, list numbers, table separators, notes markers.</summary>
    private const string Generated = SlidePlanner.ClosingTitle + "…［］　|.（）：";

    /// <summary>
    /// The characters a deck of the document can show, known before planning (so the planner can measure with the
    /// subset fonts): the run's shared embedding set (text, link addresses, image descriptions, furniture) plus what
    /// the planner adds. <see cref="Of"/> of the finished plan is always within it. A fresh copy: callers may add to it.
    /// </summary>
    public static SortedSet<int> Expected(Document document)
    {
        var planned = new SortedSet<int>();
        DocumentCharacters.Add(planned, Always + Generated + FurnitureWords.For(document.Metadata.Lang).Characters);
        foreach (var formula in DocumentWalker.AllInlines(document).OfType<Formula>())
        {
            planned.Add(0xFFFC); // the formula's stand-in in the run text
            GoOverview.Layout.Equations.EquationCharacters.AddTo(planned, formula);
        }
        return new SortedSet<int>(DocumentCharacters.ForEmbedding(document, planned));
    }

    /// <summary>Exactly the characters the planned deck shows.</summary>
    public static SortedSet<int> Of(SlidePlan plan)
    {
        var set = new HashSet<int>(); // sorted once at the end, not a tree insert per character of the deck
        DocumentCharacters.Add(set, Always);
        foreach (var slide in plan.Slides)
        {
            DocumentCharacters.Add(set, slide.Title);
            DocumentCharacters.Add(set, slide.Tag);
            switch (slide)
            {
                case TitleSlide t:
                    DocumentCharacters.Add(set, t.Subtitle);
                    break;
                case PictureSlide p:
                    DocumentCharacters.Add(set, p.Notes);
                    foreach (var run in p.Caption) DocumentCharacters.Add(set, run.Text);
                    break;
                case TableSlide t:
                    DocumentCharacters.Add(set, t.Notes);
                    foreach (var cell in t.Header.Concat(t.Rows.SelectMany(r => r)))
                        foreach (var run in cell.Runs) DocumentCharacters.Add(set, run.Text);
                    break;
                case ContentSlide c:
                    DocumentCharacters.Add(set, c.Notes);
                    foreach (var paragraph in c.Body.Concat(c.RightColumn))
                        foreach (var run in paragraph.Runs) DocumentCharacters.Add(set, run.Text);
                    break;
            }
        }
        set.RemoveWhere(FontLibrary.IsIgnorable);
        return new SortedSet<int>(set);
    }
}
