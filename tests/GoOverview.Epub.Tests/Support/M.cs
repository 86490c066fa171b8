using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Epub.Tests.Support;

/// <summary>Short constructors for model fixtures (the pandoc way: writers are tested from the model).</summary>
internal static class M
{
    public static Text T(string s) => new(s);

    public static Paragraph P(params Inline[] inlines) => new(inlines.ToImmutableArray());

    public static Paragraph P(string s) => P(T(s));

    public static Heading H(int level, string id, string text) => new(level, [T(text)], Attr.WithId(id));

    public static Strong B(params Inline[] inlines) => new(inlines.ToImmutableArray());

    public static Link A(string url, string text) => new([T(text)], url, "");

    public static Span KeyTerm(string text) =>
        new(Attr.WithClasses(KeyTerms.ClassName), new TextStyle(Color: RgbColor.Red, Bold: true), [T(text)]);

    public static ListItem Item(params Block[] blocks) => new(blocks.ToImmutableArray());

    public static BulletList Bullets(params ListItem[] items) => new(items.ToImmutableArray(), Tight: true);

    public static Metadata Meta(string title, string author = "", string lang = "zh-CN") =>
        Metadata.Empty with
        {
            Title = title,
            Authors = author.Length == 0 ? ImmutableArray<string>.Empty : [author],
            Lang = lang,
        };

    public static Document Doc(Metadata metadata, IEnumerable<Block> blocks, string? baseDirectory = null,
        IEnumerable<FootnoteDefinition>? notes = null) =>
        new(metadata, blocks.ToImmutableArray(), (notes ?? []).ToImmutableArray(),
            Path.Combine(baseDirectory ?? "/nonexistent", "fixture.md"), baseDirectory);
}
