using GoOverview.Export.Code;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;
using Xunit;

namespace GoOverview.Export.Tests;

/// <summary>Highlighted blocks come back from the content cache in a later run, exactly as tokenized.</summary>
public sealed class TokenCacheTests : IDisposable
{
    private const string Go = "package main\n\n// 注释\nfunc main() {\n\tfmt.Println(\"hi\", 42)\n}\n";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gooverview-token-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private HighlightedCode Highlight(string text, ContentCache? cache) =>
        new CodeHighlighter(new DiagnosticBag(), HighlightOptions.Default) { Cache = cache }.Highlight(new CodeBlock("go", text, Attr.Empty));

    [Fact]
    public void A_later_run_reads_the_same_tokens_from_the_cache()
    {
        var tokenized = Highlight(Go, null);
        var first = Highlight(Go, new ContentCache(_folder));
        var entry = Assert.Single(Directory.GetFiles(_folder));
        var second = Highlight(Go, new ContentCache(_folder));
        Assert.Equal(Flatten(tokenized), Flatten(first));
        Assert.Equal(Flatten(tokenized), Flatten(second));
        Assert.Equal("Go", second.Label);
        Assert.Single(Directory.GetFiles(_folder));

        // Proof that the second run read the entry: an entry rewritten with every token Normal comes back as such.
        var cache = new ContentCache(_folder);
        var key = Path.GetFileName(entry);
        var lines = HighlightedCode.SourceLines(Go);
        File.Delete(entry);
        using (var buffer = new MemoryStream())
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write7BitEncodedInt(lines.Length);
            foreach (var line in lines)
            {
                writer.Write7BitEncodedInt(line.Length == 0 ? 0 : 1);
                if (line.Length == 0) continue;
                writer.Write7BitEncodedInt(line.Length);
                writer.Write((byte)TokenKind.Normal);
            }
            writer.Flush();
            cache.Put(key, buffer.ToArray());
        }
        Assert.All(Highlight(Go, cache).Lines.SelectMany(l => l), t => Assert.Equal(TokenKind.Normal, t.Kind));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 6, 1, 200 })]
    [InlineData(new byte[] { 1, 1, 1, 0 })]
    public void A_damaged_or_foreign_entry_is_a_miss(byte[] damaged)
    {
        Highlight(Go, new ContentCache(_folder));
        var entry = Assert.Single(Directory.GetFiles(_folder));
        File.WriteAllBytes(entry, damaged);
        Assert.Equal(Flatten(Highlight(Go, null)), Flatten(Highlight(Go, new ContentCache(_folder))));
    }

    [Fact]
    public void Different_text_or_language_never_shares_an_entry()
    {
        var cache = new ContentCache(_folder);
        Highlight(Go, cache);
        Highlight(Go + "// more\n", cache);
        new CodeHighlighter(new DiagnosticBag(), HighlightOptions.Default) { Cache = cache }.Highlight(new CodeBlock("c", Go, Attr.Empty));
        Assert.Equal(3, Directory.GetFiles(_folder).Length);
    }

    private static List<string> Flatten(HighlightedCode code) =>
        code.Lines.Select(l => string.Join("|", l.Select(t => t.Kind + ":" + t.Text))).ToList();
}
