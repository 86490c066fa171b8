using System.Collections.Immutable;

namespace GoOverview.Slides.Planning.Condensing;

/// <summary>What a paragraph shows on a slide after condensing; Shortened is true when the notes hold more.</summary>
internal sealed record CondensedRuns(ImmutableArray<SlideRun> Runs, bool Shortened, bool HasLeadIn);

/// <summary>
/// Shortens one paragraph's runs for a slide (the notes keep the full text). A lead-in ("**跨境支付**：…", or a
/// short plain "Docker：…") shows the lead-in in bold, plus its first clause when that is short; other text shows
/// its first sentence, and a first sentence too long for a bullet its first clauses ending in "…". A key term is
/// never cut off: the text shown reaches to the end of the clause holding the last key term.
/// </summary>
internal static class RunCondenser
{
    /// <summary>Text up to this weight is shown whole (and a plain lead-in needs more after it).</summary>
    private const double ShortText = 40;

    /// <summary>
    /// How far a bullet is shortened: text up to Whole is shown whole, a first sentence up to LongSentence too, a
    /// longer one keeps clauses up to MinShortened.
    /// </summary>
    private sealed record Limits(double Whole, double LongSentence, double MinShortened);

    private static readonly Limits Normal = new(ShortText, 56, 20);

    /// <summary>For a section whose bullets do not fit one slide: first clauses only.</summary>
    private static readonly Limits Tight = new(20, 28, 12);

    /// <summary>A plain lead-in ("Docker：") is at most this heavy.</summary>
    private const double MaxPlainLeadIn = 10;

    /// <summary>The first clause after a lead-in is shown when it weighs between these.</summary>
    private const double MinClause = 6, MaxClause = 18;

    private const string Colons = "：:";

    public static CondensedRuns Condense(ImmutableArray<SlideRun> runs, bool tight = false, bool leadOnly = false)
    {
        var limits = tight ? Tight : Normal;
        var dropped = LeadingConnective(runs);
        if (dropped > 0) runs = RunSplitter.Split(runs, dropped).Tail;
        var text = string.Concat(runs.Select(r => r.Text));
        var keyEnd = KeyTermEnd(runs);
        var leadEnd = LeadInEnd(runs, text, leadOnly ? 0 : MinAfterPlainLeadIn);
        if (leadEnd > 0 && keyEnd <= leadEnd)
        {
            var rest = text[(leadEnd + 1)..];
            var lead = Bold(Cut(runs, leadEnd));
            // "简洁和易学：" before a nested list: the term alone (bold in a list of lead-ins, as its neighbours)
            if (SentenceText.Weight(rest) == 0) return new CondensedRuns(leadOnly ? lead : Cut(runs, leadEnd), false, true);
            if (SentenceText.Weight(rest) <= (leadOnly ? 10 : MaxClause)) return new CondensedRuns(BoldLead(runs, leadEnd), false, true);
            var clauseEnd = SentenceText.ClauseOrSentenceEnds(rest).FirstOrDefault();
            var clause = clauseEnd > 0 ? rest[..clauseEnd] : rest;
            var clauseWeight = SentenceText.Weight(clause);
            if (!leadOnly && !tight && clauseEnd > 0 && clauseWeight >= MinClause && clauseWeight <= MaxClause && keyEnd <= leadEnd + 1 + clauseEnd)
            {
                var shown = BoldLead(Cut(runs, leadEnd + 1 + clauseEnd), leadEnd);
                return new CondensedRuns(TrimClauseEnd(shown), true, true);
            }
            // no short clause: the start of an enumeration ("CDN的调度系统、分发系统…")
            var listCut = rest.Select((c, i) => (c, i)).Where(x => x.c == '、' && SentenceText.Weight(rest[..x.i]) <= MaxClause)
                .Select(x => x.i).LastOrDefault();
            if (!leadOnly && !tight && listCut > 0 && SentenceText.Weight(rest[..listCut]) >= MinClause && keyEnd <= leadEnd + 1 + listCut)
                return new CondensedRuns(Ellipsis(BoldLead(Cut(runs, leadEnd + 1 + listCut), leadEnd)), true, true);
            return new CondensedRuns(lead, true, true);
        }
        // short text shown whole; a short term before its colon is bold as its neighbours' lead-ins are
        var shortLead = LeadInEnd(runs, text, 0);
        if (SentenceText.Weight(text) <= limits.Whole)
            return new CondensedRuns(shortLead > 0 && shortLead < text.Length - 1 ? BoldLead(runs, shortLead) : runs, false, false);
        var sentenceEnd = SentenceText.SentenceEnds(text).FirstOrDefault(e => e >= keyEnd);
        if (sentenceEnd == 0) sentenceEnd = text.Length;
        if (SentenceText.Weight(text[..sentenceEnd]) <= limits.LongSentence)
            return sentenceEnd >= text.Length ? new CondensedRuns(runs, false, false) : new CondensedRuns(Cut(runs, sentenceEnd), true, false);
        var clauseCut = SentenceText.ClauseOrSentenceEnds(text)
            .FirstOrDefault(e => e >= keyEnd && e < sentenceEnd && SentenceText.Weight(text[..e]) >= limits.MinShortened);
        if (clauseCut == 0) return sentenceEnd >= text.Length ? new CondensedRuns(runs, false, false) : new CondensedRuns(Cut(runs, sentenceEnd), true, false);
        return new CondensedRuns(Ellipsis(TrimClauseEnd(Cut(runs, clauseCut))), true, false);
    }

    /// <summary>Connectives that open a paragraph ("此外，") carry nothing on a bullet: they are left off it.</summary>
    private static readonly string[] Connectives =
        ["此外", "另外", "同时", "首先", "其次", "再次", "最后", "因此", "所以", "总体来说", "总的来说", "总体而言", "总之", "总而言之", "不仅如此", "事实上", "实际上", "与此同时"];

    /// <summary>The length of a leading connective and its comma, or 0.</summary>
    private static int LeadingConnective(ImmutableArray<SlideRun> runs)
    {
        if (runs.IsDefaultOrEmpty || runs[0].Style.Bold || runs[0].LinkUrl is not null) return 0;
        var first = runs[0].Text;
        foreach (var word in Connectives)
            if (first.StartsWith(word, StringComparison.Ordinal) && first.Length > word.Length + 1 && first[word.Length] is '，' or ',')
                return word.Length + 1;
        return 0;
    }

    /// <summary>
    /// The offset of a lead-in's colon: a bold first run followed by (or ending in) a colon, or a short plain term
    /// before a colon (no punctuation inside) when the text after it is long. 0 when there is none.
    /// </summary>
    /// <summary>A plain lead-in needs more than this after its colon (else the whole short text is shown).</summary>
    public const double MinAfterPlainLeadIn = 10;

    public static int LeadInEnd(ImmutableArray<SlideRun> runs, string text, double minAfter = MinAfterPlainLeadIn)
    {
        if (runs.IsDefaultOrEmpty) return 0;
        var first = runs[0];
        if (first.Style.Bold && !first.Style.KeyTerm && first.LinkUrl is null)
        {
            var lead = first.Text.TrimEnd();
            if (lead.Length > 1 && Colons.Contains(lead[^1])) return lead.Length - 1;
            if (runs.Length > 1 && runs[1].Text.Length > 0 && Colons.Contains(runs[1].Text[0]) && lead.Length > 0) return first.Text.Length;
        }
        var colon = text.IndexOfAny(Colons.ToCharArray());
        if (colon <= 0) return 0;
        var term = text[..colon];
        if (SentenceText.Weight(term) > MaxPlainLeadIn || term.IndexOfAny("，。；、,;()（）".ToCharArray()) >= 0) return 0;
        if (runs.TakeWhile((_, i) => RunStart(runs, i) < colon).Any(r => r.LinkUrl is not null || r.Style.Monospace)) return 0;
        // a plain lead-in only when the text after it is long enough to need condensing (or nothing follows)
        var after = SentenceText.Weight(text[(colon + 1)..]);
        return (after == 0 && minAfter == 0) || after > minAfter ? colon : 0;
    }

    private static int RunStart(ImmutableArray<SlideRun> runs, int index) => runs.Take(index).Sum(r => r.Text.Length);

    /// <summary>End offset of the last key term run (0 when there is none).</summary>
    private static int KeyTermEnd(ImmutableArray<SlideRun> runs)
    {
        var offset = 0;
        var end = 0;
        foreach (var run in runs)
        {
            offset += run.Text.Length;
            if (run.Style.KeyTerm) end = offset;
        }
        return end;
    }

    private static ImmutableArray<SlideRun> Cut(ImmutableArray<SlideRun> runs, int offset) => RunSplitter.Split(runs, offset).Head;

    private static ImmutableArray<SlideRun> Bold(ImmutableArray<SlideRun> runs) =>
        runs.Select(r => r with { Style = r.Style with { Bold = true } }).ToImmutableArray();

    /// <summary>The runs with the part before the lead-in colon in bold (a plain lead-in is made bold as a bold one is).</summary>
    private static ImmutableArray<SlideRun> BoldLead(ImmutableArray<SlideRun> runs, int leadEnd)
    {
        var (head, tail) = RunSplitter.Split(runs, leadEnd);
        var colonAndRest = tail.Length > 0 && !Colons.Contains(tail[0].Text.FirstOrDefault()) ? tail : tail;
        if (tail.Length > 0 && tail[0].Text.Length > 0 && Colons.Contains(tail[0].Text[0]))
            colonAndRest = tail.SetItem(0, tail[0] with { Text = "：" + tail[0].Text[1..] });
        return Bold(head).AddRange(colonAndRest.Where(r => r.Text.Length > 0));
    }

    /// <summary>Drops a trailing clause mark (，：, ,) from the shown text.</summary>
    private static ImmutableArray<SlideRun> TrimClauseEnd(ImmutableArray<SlideRun> runs)
    {
        if (runs.IsEmpty) return runs;
        var last = runs[^1];
        var trimmed = last.Text.TrimEnd().TrimEnd('，', '：', ',', ':', '、');
        return trimmed.Length == 0 ? runs.RemoveAt(runs.Length - 1) : runs.SetItem(runs.Length - 1, last with { Text = trimmed });
    }

    /// <summary>Adds "…" in the style of plain text (not the red of a key term it may follow).</summary>
    private static ImmutableArray<SlideRun> Ellipsis(ImmutableArray<SlideRun> runs) =>
        runs.IsEmpty ? runs : runs.Add(new SlideRun("…", runs[^1].Style with { KeyTerm = false, Bold = false, Color = null }));
}
