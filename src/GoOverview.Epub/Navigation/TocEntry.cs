using System.Collections.Immutable;
using GoOverview.Epub.Structure;
using GoOverview.Model;

namespace GoOverview.Epub.Navigation;

/// <summary>One heading in the table of contents; Href is relative to EPUB/ ("text/chapter2.xhtml#id").</summary>
internal sealed record TocEntry(int Level, string Text, string Href, ImmutableArray<TocEntry> Children);

/// <summary>Builds the heading tree that nav.xhtml and toc.ncx both show.</summary>
internal static class TocBuilder
{
    private sealed class Node(int level, string text, string href)
    {
        public int Level { get; } = level;
        public List<Node> Children { get; } = new();

        public TocEntry ToEntry() => new(Level, text, href, Children.Select(c => c.ToEntry()).ToImmutableArray());
    }

    /// <summary>
    /// Headings of the title page and every chapter (top level and inside divs), nested by level; a heading
    /// that skips levels hangs under the nearest shallower heading before it.
    /// </summary>
    /// <param name="depth">Headings deeper than this level are left out (--toc-depth); the title heading always stays.</param>
    public static ImmutableArray<TocEntry> Build(BookPlan plan, int depth = 6, string untitled = "（无标题）")
    {
        var roots = new List<Node>();
        var stack = new Stack<Node>();

        void Add(Heading heading, string path)
        {
            var text = string.Join(' ', PlainText.Of(heading.Content).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var id = plan.HeadingId(heading);
            var node = new Node(heading.Level, text.Length == 0 ? untitled : text, id.Length == 0 ? path : path + "#" + id);
            while (stack.Count > 0 && stack.Peek().Level >= heading.Level) stack.Pop();
            if (stack.Count == 0) roots.Add(node);
            else stack.Peek().Children.Add(node);
            stack.Push(node);
        }

        if (plan.TitleHeading is not null) Add(plan.TitleHeading, BookPaths.TitlePage);
        foreach (var chapter in plan.Chapters)
            foreach (var heading in HeadingsOf(chapter.Blocks).Where(h => h.Level <= depth)) Add(heading, chapter.Path);

        if (roots.Count == 0) return [new TocEntry(1, plan.Title, plan.Chapters[0].Path, ImmutableArray<TocEntry>.Empty)];
        return roots.Select(r => r.ToEntry()).ToImmutableArray();
    }

    private static IEnumerable<Heading> HeadingsOf(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Heading h) yield return h;
            else if (block is Div d)
                foreach (var inner in HeadingsOf(d.Blocks)) yield return inner;
        }
    }
}
