using GoOverview.Export;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Slides.Pictures;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Measuring;

/// <summary>
/// Plans a deck with its text measured by the fonts cut down to the characters the deck can show: the subsets the
/// .pptx embeds and the slides PDF draws with. HarfBuzz faces of the small subsets start in a fraction of the time
/// the 10 MB fonts need, and the subsets are needed anyway. Advances and kerning of the kept glyphs are the full
/// fonts', so the lines are the same.
/// </summary>
internal sealed class SubsetPlanning : IDisposable
{
    private SubsetPlanning(SlidePlan plan, ShapingFonts shaping, IReadOnlyCollection<int> characters)
    {
        Plan = plan;
        Shaping = shaping;
        Characters = characters;
    }

    public SlidePlan Plan { get; }

    /// <summary>The subset fonts the plan was measured with; glyph ids of text laid out with them refer to <see cref="ShapingFonts.DataOf"/>.</summary>
    public ShapingFonts Shaping { get; }

    /// <summary>The characters the fonts were cut down to: every character of the plan (and possibly a few more).</summary>
    public IReadOnlyCollection<int> Characters { get; }

    public static SubsetPlanning Run(Document document, SlideTheme theme, ExportContext context, PhaseClock? clock = null, SlideCutting? cutting = null)
    {
        var characters = SlideCharacters.Expected(document);
        while (true)
        {
            var shaping = ShapingFonts.Subset(context.Fonts, _ => characters);
            // Cut the two faces nearly every slide uses now, so a timing run shows subsetting apart from planning.
            shaping.DataOf(context.Fonts.Regular);
            shaping.DataOf(context.Fonts.Bold);
            clock?.Mark("subset");
            var pictures = new SlidePictureLoader(context.Images);
            var plan = new SlidePlanner(theme, new LayoutTextMeasurer(shaping), context.Diagnostics, pictures, context.Code, cutting).Plan(document);
            var shown = SlideCharacters.Of(plan);
            if (shown.IsSubsetOf(characters)) return new SubsetPlanning(plan, shaping, characters);
            // A character the forecast missed would have been measured with a fallback font: plan again with it.
            shaping.Dispose();
            characters.UnionWith(shown);
        }
    }

    public void Dispose() => Shaping.Dispose();
}
