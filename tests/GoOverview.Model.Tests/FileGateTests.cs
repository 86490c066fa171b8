using System.Diagnostics;
using GoOverview.Model.Files;
using Xunit;

namespace GoOverview.Model.Tests;

public sealed class FileGateTests
{
    private static string NewFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gooverview-gate-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void A_device_is_refused_without_reading()
    {
        if (!File.Exists("/dev/zero")) return; // not a POSIX system
        var e = Assert.Throws<FileRefusedException>(() => FileGate.ReadAllBytes("/dev/zero", 1024, "test file"));
        Assert.Contains("not a regular file", e.Message);
    }

    [Fact]
    public void A_fifo_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(NewFolder(), "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        Assert.Equal(FileKind.Special, FileGate.Kind(fifo));
        Assert.Throws<FileRefusedException>(() => FileGate.ReadAllBytes(fifo, 1024, "test file"));
    }

    [Fact]
    public void A_symlink_resolves_to_its_real_path_and_inside_checks_use_it()
    {
        var root = NewFolder();
        var docs = Directory.CreateDirectory(Path.Combine(root, "docs")).FullName;
        File.WriteAllText(Path.Combine(root, "secret.txt"), "x");
        var link = Path.Combine(docs, "inside.txt");
        File.CreateSymbolicLink(link, Path.Combine(root, "secret.txt"));

        var real = FileGate.RealPath(link);

        Assert.Equal(FileGate.RealPath(Path.Combine(root, "secret.txt")), real);
        Assert.False(FileGate.IsInside(real, FileGate.RealPath(docs)));
        Assert.True(FileGate.SameFile(link, Path.Combine(root, "secret.txt")));
    }

    [Fact]
    public void A_file_over_its_cap_is_refused_with_exact_sizes()
    {
        var path = Path.Combine(NewFolder(), "big.bin");
        File.WriteAllBytes(path, new byte[2049]);

        var e = Assert.Throws<FileRefusedException>(() => FileGate.ReadAllBytes(path, 2048, "test file"));

        Assert.Contains("2.0 KB is over the 2 KB limit", e.Message);
        Assert.Equal(2048, FileGate.ReadAllBytes(Path.Combine(path), 4096, "test file").Length - 1);
    }

    [Fact]
    public void Text_loses_its_byte_order_mark()
    {
        var path = Path.Combine(NewFolder(), "bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, (byte)'a']);

        Assert.Equal("a", FileGate.ReadAllText(path, 100, "test file"));
    }
}
