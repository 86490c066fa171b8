using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace GoOverview.Markdown.Parsing;

/// <summary>
/// Lets a paragraph hold any number of side-by-side emphases. Markdig keeps every delimiter run (*, _, ~~) as an
/// open container until the paragraph ends, each inside the one before, and refuses a paragraph once that chain is
/// 10,240 deep — so 6,000 flat "*a*" were refused as if they were nested. Whenever the chain grows long, this
/// resolves the emphasis found so far, but only when that is exactly what the end of the paragraph would do: every
/// open container is a delimiter run and no run would be left waiting for a later closer. Real nesting keeps its
/// depth and is still refused (GuardedParser).
/// </summary>
internal sealed class EarlyEmphasisResolver : InlineParser
{
    /// <summary>Open delimiter runs tolerated before trying to resolve them; doubled after each failed try.</summary>
    public const int FirstCheckDepth = 512;

    public EarlyEmphasisResolver() => OpeningCharacters = ['*', '_', '~'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var nextCheck = processor.ParserStates[Index] as int? ?? FirstCheckDepth;
        var chain = OpenChain(processor.Root!);
        if (chain.Count < nextCheck) return false; // the emphasis parser goes on as usual
        if (chain.TrueForAll(c => c is EmphasisDelimiterInline) && NothingLeftOpen(chain.Cast<EmphasisDelimiterInline>()))
        {
            var emphasis = processor.Parsers.FindExact<EmphasisInlineParser>()!;
            emphasis.PostProcess(processor, processor.Root, null, 0, isFinalProcessing: false);
            CloseAll(processor.Root!);
            processor.Inline = null; // the previous inline may have been replaced; start the next text afresh
            processor.ParserStates[Index] = FirstCheckDepth;
        }
        else
        {
            processor.ParserStates[Index] = nextCheck * 2;
        }
        return false;
    }

    /// <summary>The open containers from the paragraph's root down to where the next inline goes.</summary>
    private static List<ContainerInline> OpenChain(ContainerInline root)
    {
        var chain = new List<ContainerInline>();
        for (var c = root; c.LastChild is ContainerInline { IsClosed: false } next; c = next) chain.Add(next);
        return chain;
    }

    private static void CloseAll(ContainerInline root)
    {
        for (var c = root; c.LastChild is ContainerInline { IsClosed: false } next; c = next) next.IsClosed = true;
    }

    /// <summary>
    /// Runs CommonMark's delimiter algorithm on counts only (as Markdig's EmphasisInlineParser does) and tells whether
    /// every run that could still open would be used up — then resolving now and resolving at the end agree.
    /// </summary>
    private static bool NothingLeftOpen(IEnumerable<EmphasisDelimiterInline> delimiters)
    {
        var runs = delimiters.Select(d => new Run(d.DelimiterChar, d.DelimiterCount, d.Type, d.Descriptor.MinimumCount, d.Descriptor.MaximumCount)).ToList();
        for (var i = 0; i < runs.Count; i++)
        {
            var closer = runs[i];
            if ((closer.Type & DelimiterType.Close) == 0 || closer.Count < closer.Min) continue;
            while (closer.Count >= closer.Min)
            {
                var j = i - 1;
                for (; j >= 0; j--)
                {
                    var opener = runs[j];
                    if (opener.Char == closer.Char && (opener.Type & DelimiterType.Open) != 0 && opener.Count >= closer.Min && !OddMatch(opener, closer)) break;
                }
                if (j < 0) break;
                var opener2 = runs[j];
                var used = Math.Min(Math.Min(opener2.Count, closer.Count), closer.Max);
                opener2.Count -= used;
                closer.Count -= used;
                for (var k = i - 1; k > j; k--) runs[k].Count = 0; // runs between become text
                if (opener2.Count < opener2.Min) opener2.Count = 0;
            }
        }
        return runs.TrueForAll(r => (r.Type & DelimiterType.Open) == 0 || r.Count < r.Min);
    }

    private static bool OddMatch(Run opener, Run closer) =>
        ((closer.Type & DelimiterType.Open) != 0 || (opener.Type & DelimiterType.Close) != 0)
        && opener.Count != closer.Count
        && (opener.Count + closer.Count) % 3 == 0
        && (opener.Count % 3 != 0 || closer.Count % 3 != 0);

    private sealed class Run(char c, int count, DelimiterType type, int min, int max)
    {
        public char Char { get; } = c;
        public int Count { get; set; } = count;
        public DelimiterType Type { get; } = type;
        public int Min { get; } = min;
        public int Max { get; } = max;
    }
}
