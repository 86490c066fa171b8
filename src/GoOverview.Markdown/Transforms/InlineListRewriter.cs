using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Markdown.Transforms;

/// <summary>
/// Applies a list-level rewrite to every inline list of the document, innermost lists first. Recursion is bounded:
/// the converter caps block and inline nesting at <see cref="Conversion.ConversionContext.MaxNesting"/>.
/// With blockListsOnly the rewrite sees only the lists blocks hold (and walks nested inlines itself).
/// </summary>
internal sealed class InlineListRewriter(Func<ImmutableArray<Inline>, ImmutableArray<Inline>> rewrite, bool blockListsOnly = false) : ModelRewriter
{
    public override ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines) =>
        rewrite(blockListsOnly ? inlines : base.Inlines(inlines));
}
