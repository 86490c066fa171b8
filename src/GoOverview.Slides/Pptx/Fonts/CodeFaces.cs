using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx.Fonts;

/// <summary>Which faces of the monospaced font the deck's code runs use (each is embedded only when used).</summary>
internal readonly record struct CodeFaces(bool Regular, bool Bold, bool Italic)
{
    public static CodeFaces Of(SlidePlan plan)
    {
        var code = plan.Slides.OfType<ContentSlide>().SelectMany(c => c.Body).SelectMany(p => p.Runs).Where(r => r.Style.Monospace).ToList();
        return new CodeFaces(code.Count > 0, code.Any(r => r.Style.Bold), code.Any(r => r.Style.Italic));
    }
}
