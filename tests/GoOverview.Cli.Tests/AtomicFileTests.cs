using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_failing_writer_leaves_the_previous_file_intact_and_no_temporary_file()
    {
        var dir = TestFiles.NewTempDirectory();
        var path = Path.Combine(dir, "doc.pdf");
        File.WriteAllText(path, "previous output");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half a new file"u8);
            throw new InvalidOperationException("writer failed midway");
        }));

        Assert.Equal("previous output", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir));
    }

    [Fact]
    public void A_successful_write_replaces_the_file()
    {
        var dir = TestFiles.NewTempDirectory();
        var path = Path.Combine(dir, "sub", "doc.epub");
        AtomicFile.Write(path, stream => stream.Write("new"u8));
        AtomicFile.Write(path, stream => stream.Write("newer"u8));
        Assert.Equal("newer", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.Combine(dir, "sub")));
    }
}
