using System.Collections.Immutable;
using System.Text.Json;
using GoOverview.Model;
using Xunit;

namespace GoOverview.Model.Tests;

/// <summary>Callouts, tab sets and definition lists are walked, shown as text and written as JSON like every block.</summary>
public sealed class ConstructModelTests
{
    private static readonly Document Sample = new(Metadata.Empty,
    [
        new Callout(CalloutKind.Warning, [], [new Paragraph([new Text("警告正文")])]),
        new Callout(CalloutKind.Tip, [new Text("自定标题")], [new Paragraph([new Text("提示正文")])], Collapsible: true),
        new TabSet([new Tab([new Text("Go")], [new CodeBlock("go", "x := 1\n", Attr.Empty)])]),
        new DefinitionList([new DefinitionItem([[new Text("通道")]], [[new Paragraph([new Text("定义一")])], [new Paragraph([new Text("定义二")])]])]),
        new PageBreak(),
        new TableOfContents(),
    ], ImmutableArray<FootnoteDefinition>.Empty, "t.md", null);

    [Fact]
    public void Walker_and_plain_text_see_titles_labels_terms_and_every_body()
    {
        var text = string.Concat(Sample.Blocks.Select(PlainText.Of));
        foreach (var shown in new[] { "⚠ 注意", "警告正文", "★ 自定标题", "提示正文", "Go", "x := 1", "通道", "定义一", "定义二" })
            Assert.Contains(shown, text);
        Assert.Equal(11, DocumentWalker.AllBlocks(Sample).Count());
    }

    [Theory]
    [InlineData("note", CalloutKind.Note)]
    [InlineData("INFO", CalloutKind.Note)]
    [InlineData("hint", CalloutKind.Tip)]
    [InlineData("important", CalloutKind.Important)]
    [InlineData("attention", CalloutKind.Warning)]
    [InlineData("danger", CalloutKind.Caution)]
    [InlineData("bug", CalloutKind.Caution)]
    public void Names_from_MkDocs_and_containers_map_onto_the_five_kinds(string name, CalloutKind kind) =>
        Assert.Equal(kind, CalloutStyles.KindOf(name));

    [Fact]
    public void Other_names_are_no_callouts() => Assert.Null(CalloutStyles.KindOf("custom-box"));

    [Fact]
    public void Every_kind_has_its_own_label_icon_and_colours()
    {
        Assert.Equal(5, CalloutStyles.All.Count);
        Assert.Equal(5, CalloutStyles.All.Select(s => s.Label).Distinct().Count());
        Assert.Equal(5, CalloutStyles.All.Select(s => s.Icon).Distinct().Count());
        Assert.Equal(5, CalloutStyles.All.Select(s => s.Accent).Distinct().Count());
        Assert.All(Enum.GetValues<CalloutKind>(), k => Assert.Equal(k, CalloutStyles.For(k).Kind));
    }

    [Fact]
    public void Json_names_the_kind_and_keeps_titles_tabs_and_definitions()
    {
        using var stream = new MemoryStream();
        ModelJson.Write(Sample, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var blocks = json.RootElement.GetProperty("blocks");
        Assert.Equal("warning", blocks[0].GetProperty("kind").GetString());
        Assert.True(blocks[1].GetProperty("collapsible").GetBoolean());
        Assert.Equal("自定标题", blocks[1].GetProperty("title")[0].GetProperty("text").GetString());
        Assert.Equal("Go", blocks[2].GetProperty("tabs")[0].GetProperty("label")[0].GetProperty("text").GetString());
        Assert.Equal(2, blocks[3].GetProperty("items")[0].GetProperty("definitions").GetArrayLength());
        Assert.Equal("PageBreak", blocks[4].GetProperty("t").GetString());
        Assert.Equal("TableOfContents", blocks[5].GetProperty("t").GetString());
    }
}
