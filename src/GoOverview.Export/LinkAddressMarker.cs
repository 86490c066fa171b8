using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Export;

/// <summary>
/// The pass both printed forms of link addresses share (<see cref="LinkUrlNotes"/>, <see cref="LinkUrlList"/>): after
/// each web or mail link whose text is not its own address, the marker <see cref="MarkerFor"/> gives. Links in
/// headings (a mark there would reach the contents and the running header) and in footnotes are left alone.
/// </summary>
internal abstract class LinkAddressMarker : ModelRewriter
{
    public override Block RewriteBlock(Block block) => block is Heading or FootnoteDefinition ? block : base.RewriteBlock(block);

    public override ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefaultOrEmpty) return inlines;
        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        foreach (var inline in inlines)
        {
            result.Add(RewriteInline(inline));
            if (inline is Link link && LinkUrlNotes.NeedsNote(link)) result.Add(MarkerFor(link.Url.Trim()));
        }
        return result.ToImmutable();
    }

    /// <summary>The inline placed right after a link to <paramref name="url"/> (trimmed).</summary>
    protected abstract Inline MarkerFor(string url);
}
