using System.Diagnostics;
using System.Runtime.InteropServices;
using GoOverview.Model.Files;
using Xunit;

namespace GoOverview.Model.Tests;

/// <summary>FileGate.Map (fonts are mapped, not copied) refuses what ReadAllBytes refuses, and maps the file's bytes.</summary>
public sealed class FileGateMapTests
{
    private static string NewFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gooverview-map-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void A_mapped_file_reads_back_its_bytes_through_a_symlink()
    {
        var dir = NewFolder();
        var bytes = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(Path.Combine(dir, "real.bin"), bytes);
        File.CreateSymbolicLink(Path.Combine(dir, "link.bin"), Path.Combine(dir, "real.bin"));

        using var mapped = FileGate.Map(Path.Combine(dir, "link.bin"), 1 << 20, "test file");

        Assert.Equal(bytes.Length, mapped.Length);
        Assert.Equal(bytes, mapped.ToArray());
        Assert.Equal(bytes[9_999], Marshal.ReadByte(mapped.Pointer, 9_999));
    }

    [Fact]
    public void Special_files_folders_empty_and_oversized_files_are_refused()
    {
        var dir = NewFolder();
        File.WriteAllBytes(Path.Combine(dir, "big.bin"), new byte[4097]);
        File.WriteAllBytes(Path.Combine(dir, "empty.bin"), []);

        Assert.Contains("over the 4 KB limit", Assert.Throws<FileRefusedException>(() => FileGate.Map(Path.Combine(dir, "big.bin"), 4096, "test file")).Message);
        Assert.Contains("is empty", Assert.Throws<FileRefusedException>(() => FileGate.Map(Path.Combine(dir, "empty.bin"), 4096, "test file")).Message);
        Assert.Contains("is a folder", Assert.Throws<FileRefusedException>(() => FileGate.Map(dir, 4096, "test file")).Message);
        Assert.Contains("no such file", Assert.Throws<FileRefusedException>(() => FileGate.Map(Path.Combine(dir, "none"), 4096, "test file")).Message);
        if (OperatingSystem.IsWindows()) return;
        Assert.Contains("not a regular file", Assert.Throws<FileRefusedException>(() => FileGate.Map("/dev/zero", 4096, "test file")).Message);
        var fifo = Path.Combine(dir, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        Assert.Throws<FileRefusedException>(() => FileGate.Map(fifo, 4096, "test file"));
    }
}
