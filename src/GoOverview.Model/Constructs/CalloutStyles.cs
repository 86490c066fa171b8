using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>How one callout kind looks in every format: label, icon glyph (one the bundled CJK fonts have), colours.</summary>
public sealed record CalloutStyle(CalloutKind Kind, string Name, string Label, string Icon, RgbColor Accent, RgbColor Tint);

/// <summary>The one table of callout looks that all writers use.</summary>
public static class CalloutStyles
{
    private static readonly CalloutStyle[] Table =
    [
        new(CalloutKind.Note, "note", "说明", "ⓘ", new RgbColor(0x1F, 0x5F, 0xBF), new RgbColor(0xED, 0xF3, 0xFC)),
        new(CalloutKind.Tip, "tip", "提示", "★", new RgbColor(0x1A, 0x7F, 0x37), new RgbColor(0xEC, 0xF6, 0xEE)),
        new(CalloutKind.Important, "important", "重要", "❖", new RgbColor(0x7A, 0x4C, 0xC9), new RgbColor(0xF3, 0xEE, 0xFB)),
        new(CalloutKind.Warning, "warning", "注意", "⚠", new RgbColor(0xB0, 0x6A, 0x00), new RgbColor(0xFD, 0xF5, 0xE6)),
        new(CalloutKind.Caution, "caution", "警告", "⊘", new RgbColor(0xC4, 0x1E, 0x2A), new RgbColor(0xFC, 0xEE, 0xEE)),
    ];

    public static IReadOnlyList<CalloutStyle> All => Table;

    public static CalloutStyle For(CalloutKind kind) => Table[(int)kind];

    /// <summary>The header line a writer shows: the icon, a space, then the title (or the kind's label in the document's language when untitled).</summary>
    public static ImmutableArray<Inline> Heading(Callout callout, Localisation.FurnitureWords? words = null)
    {
        var style = For(callout.Kind);
        var title = callout.Title.IsDefaultOrEmpty || PlainText.Of(callout.Title).Trim().Length == 0
            ? ImmutableArray.Create<Inline>(new Text(words?.CalloutLabel(callout.Kind) ?? style.Label))
            : callout.Title;
        return ImmutableArray.Create<Inline>(new Text(style.Icon + " ")).AddRange(title);
    }

    /// <summary>
    /// The kind a name stands for (GitHub alert names, MkDocs admonition types, VuePress/Docusaurus containers),
    /// case-insensitively; null for a name that is no callout.
    /// </summary>
    public static CalloutKind? KindOf(string name) => name.Trim().ToLowerInvariant() switch
    {
        "note" or "info" or "abstract" or "summary" or "tldr" or "todo" or "example" or "quote" or "cite" or "question"
            or "help" or "faq" or "details" or "seealso" => CalloutKind.Note,
        "tip" or "hint" or "success" or "check" or "done" => CalloutKind.Tip,
        "important" => CalloutKind.Important,
        "warning" or "attention" or "caution" => CalloutKind.Warning,
        "danger" or "error" or "failure" or "fail" or "missing" or "bug" => CalloutKind.Caution,
        _ => null,
    };
}
