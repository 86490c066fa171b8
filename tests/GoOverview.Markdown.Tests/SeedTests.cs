using GoOverview.Markdown.Tests.Support;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using Xunit.Abstractions;

namespace GoOverview.Markdown.Tests;

public sealed class SeedTests(ITestOutputHelper output)
{
    [Fact]
    public void DumpSeed()
    {
        var bag = new DiagnosticBag();
        var doc = TestFiles.ReadSeed(bag);
        foreach (var b in doc.Blocks) output.WriteLine(ModelDump.Block(b));
        foreach (var d in bag.Items) output.WriteLine(d.ToString());
    }
}
