using System.Runtime.InteropServices;

namespace GoOverview.Model.Files;

/// <summary>What kind of file system object a path is (after following links).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,

    /// <summary>A FIFO, socket or device (/dev/zero, a named pipe): never read, it may never end.</summary>
    Special,
}

/// <summary>
/// The two POSIX facts .NET does not expose: the real path (every symlink resolved) and the file type
/// (a FIFO and /dev/zero look like empty regular files to System.IO). Windows uses System.IO's view.
/// </summary>
internal static class NativeFiles
{
    private const int ModeTypeMask = 0xF000; // S_IFMT
    private const int ModeRegular = 0x8000; // S_IFREG
    private const int ModeDirectory = 0x4000; // S_IFDIR

    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows()) return WindowsRealPath(path);
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    public static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            if (Directory.Exists(path)) return FileKind.Directory;
            if (!File.Exists(path)) return FileKind.Missing;
            return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? FileKind.Special : FileKind.Regular;
        }
        var status = Stat(path);
        if (status is null) return FileKind.Missing;
        return (status.Value.Mode & ModeTypeMask) switch
        {
            ModeRegular => FileKind.Regular,
            ModeDirectory => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    /// <summary>Device and inode of a path (following links), or null; two paths with the same identity are one file.</summary>
    public static (ulong Device, ulong Inode)? Identity(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        var status = Stat(path);
        return status is null ? null : (status.Value.Device, status.Value.Inode);
    }

    private readonly record struct StatFields(ulong Device, ulong Inode, int Mode);

    private static StatFields? Stat(string path)
    {
        var buffer = new byte[512];
        int rc;
        try
        {
            rc = stat(path, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            // glibc before 2.33 exports only the versioned __xstat.
            rc = __xstat(RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 1 : 0, path, buffer);
        }
        if (rc != 0) return null;
        var span = buffer.AsSpan();
        if (OperatingSystem.IsMacOS())
        {
            // struct stat (64-bit inodes): dev_t (int32) st_dev; mode_t (uint16) st_mode; nlink (uint16); ino (uint64).
            return new StatFields(BitConverter.ToUInt32(span[..4]), BitConverter.ToUInt64(span.Slice(8, 8)), BitConverter.ToUInt16(span.Slice(4, 2)));
        }
        // Linux: dev (8) and ino (8) first; st_mode follows nlink (8 bytes) on x86-64, comes before a 4-byte nlink elsewhere.
        var modeOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
        return new StatFields(BitConverter.ToUInt64(span[..8]), BitConverter.ToUInt64(span.Slice(8, 8)), BitConverter.ToInt32(span.Slice(modeOffset, 4)));
    }

    private static string? WindowsRealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full)) return null;
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

#pragma warning disable SYSLIB1054, CA2101 // plain DllImport: UTF-8 strings on Unix, no source generator needed
    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    [DllImport("libc", SetLastError = true)]
    private static extern int stat(string path, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int __xstat(int version, string path, byte[] buffer);
#pragma warning restore SYSLIB1054, CA2101
}
