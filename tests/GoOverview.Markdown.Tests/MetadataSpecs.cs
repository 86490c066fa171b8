using GoOverview.Markdown.Tests.Support;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests;

/// <summary>YAML front matter, -M overrides and the first-H1 title fallback.</summary>
public sealed class MetadataSpecs
{
    private const string FrontMatter = """
        ---
        title: Go 语言概述
        subtitle: 从入门到实践
        author:
          - 张三
          - 李四
        date: 2024-05-01
        lang: zh-TW
        description: 一篇介绍
        keywords: [Go, 并发, 云原生]
        publisher: 某出版社
        series:
          name: 编程
          number: 3
        ---

        # 文中标题

        正文
        """;

    [Fact]
    public void FrontMatterFillsTheKnownFieldsAndExtra()
    {
        var bag = new DiagnosticBag();
        var doc = Md.Read(FrontMatter, bag);
        var m = doc.Metadata;
        Assert.Equal("Go 语言概述", m.Title);
        Assert.Equal("从入门到实践", m.Subtitle);
        Assert.Equal(["张三", "李四"], m.Authors.ToArray());
        Assert.Equal("2024-05-01", m.Date);
        Assert.Equal("zh-TW", m.Lang);
        Assert.Equal("一篇介绍", m.Description);
        Assert.Equal(["Go", "并发", "云原生"], m.Keywords.ToArray());
        Assert.Equal("某出版社", m.Extra["publisher"]);
        Assert.Equal("编程", m.Extra["series.name"]);
        Assert.Equal("3", m.Extra["series.number"]);
        Assert.Empty(bag.Items);
        // the front matter is not content; the H1 is still the first block, on its real line
        Assert.Equal("H1#文中标题[Text \"文中标题\"], Para[Text \"正文\"]", ModelDump.Blocks(doc.Blocks));
        Assert.Equal(17, doc.Blocks[0].Location!.Line);
    }

    [Fact]
    public void SingleAuthorStringAndCommaSeparatedKeywords()
    {
        var m = Md.Read("---\nauthor: 王五\nkeywords: Go，并发, 网络\n---\n正文\n").Metadata;
        Assert.Equal(["王五"], m.Authors.ToArray());
        Assert.Equal(["Go", "并发", "网络"], m.Keywords.ToArray());
    }

    [Fact]
    public void OverridesWinOverFrontMatterAndAddExtraKeys()
    {
        var overrides = new Dictionary<string, string> { ["title"] = "命令行标题", ["lang"] = "en", ["author"] = "赵六", ["edition"] = "2" };
        var m = Md.Read(FrontMatter, options: new ReaderOptions(overrides)).Metadata;
        Assert.Equal("命令行标题", m.Title);
        Assert.Equal("en", m.Lang);
        Assert.Equal(["赵六"], m.Authors.ToArray());
        Assert.Equal("从入门到实践", m.Subtitle);
        Assert.Equal("2", m.Extra["edition"]);
    }

    [Fact]
    public void ProjectDefaultsYieldToFrontMatterWhichYieldsToOverrides()
    {
        var defaults = new Dictionary<string, string> { ["author"] = "配置作者", ["publisher"] = "配置出版社", ["date"] = "2020-01-01" };
        var options = new ReaderOptions(new Dictionary<string, string> { ["date"] = "2026-11-26" }) { MetadataDefaults = defaults };
        var m = Md.Read(FrontMatter, options: options).Metadata;
        Assert.Equal(["张三", "李四"], m.Authors.ToArray());
        Assert.Equal("某出版社", m.Extra["publisher"]);
        Assert.Equal("2026-11-26", m.Date);
        var plain = Md.Read("# 标题\n", options: options).Metadata;
        Assert.Equal(["配置作者"], plain.Authors.ToArray());
        Assert.Equal("配置出版社", plain.Extra["publisher"]);
    }

    [Fact]
    public void WithoutFrontMatterTheFirstH1IsTheTitleAndLangIsZhCn()
    {
        var m = Md.Read("前言\n\n## 二级\n\n# 第一个 **一级** 标题\n\n# 第二个\n").Metadata;
        Assert.Equal("第一个 一级 标题", m.Title);
        Assert.Equal("zh-CN", m.Lang);
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void TitleOverrideBeatsTheH1() =>
        Assert.Equal("覆盖", Md.Read("# 原标题\n", options: new ReaderOptions(new Dictionary<string, string> { ["title"] = "覆盖" })).Metadata.Title);

    [Fact]
    public void InvalidYamlIsAWarningWithItsLineAndTheDocumentIsStillRead()
    {
        var bag = new DiagnosticBag();
        var doc = Md.Read("---\ntitle: 好的\nauthor: [未闭合\ndate: x\n---\n\n# 标题\n", bag);
        var warning = Assert.Single(Md.Warnings(bag, "yaml-front-matter"));
        Assert.Equal(3, warning.Location!.Line); // "author: [未闭合"
        Assert.Equal("test.md", warning.Location.File);
        Assert.Equal("标题", doc.Metadata.Title);
        Assert.Equal("H1#标题[Text \"标题\"]", ModelDump.Blocks(doc.Blocks));
    }

    [Fact]
    public void YamlThatIsNotAMappingIsIgnoredWithAWarning()
    {
        var bag = new DiagnosticBag();
        var doc = Md.Read("---\n- 一\n- 二\n---\n正文\n", bag);
        Assert.Single(Md.Warnings(bag, "yaml-front-matter"));
        Assert.Equal("", doc.Metadata.Title);
    }
}
