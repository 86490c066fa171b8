namespace GoOverview.Model.Files;

/// <summary>A file the gate will not read (not a regular file, too large, missing); the message says which and why.</summary>
public sealed class FileRefusedException(string message) : IOException(message);

/// <summary>
/// The one door through which GoOverview reads files: the path is resolved to its real path (every symlink
/// followed), only regular files are opened (never a FIFO, socket or device such as /dev/zero), and no more than
/// a stated number of bytes is read. Network locations are not paths and never reach it.
/// </summary>
public static class FileGate
{
    /// <summary>The real path of an existing file or folder; for a path that does not exist yet, its nearest existing
    /// ancestor is resolved and the rest appended (so an output path can be compared with an input).</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var real = NativeFiles.RealPath(full);
        if (real is not null) return real;
        var parent = Path.GetDirectoryName(full);
        return parent is null ? full : Path.Combine(RealPath(parent), Path.GetFileName(full));
    }

    public static FileKind Kind(string path) => NativeFiles.KindOf(Path.GetFullPath(path));

    /// <summary>True when both paths name the same existing file (same real path, or same device and inode: a hard link).</summary>
    public static bool SameFile(string first, string second)
    {
        if (string.Equals(RealPath(first), RealPath(second), StringComparison.Ordinal)) return true;
        var a = NativeFiles.Identity(Path.GetFullPath(first));
        return a is not null && a == NativeFiles.Identity(Path.GetFullPath(second));
    }

    /// <summary>True when <paramref name="realPath"/> lies inside <paramref name="realFolder"/> (both already real paths).</summary>
    public static bool IsInside(string realPath, string realFolder)
    {
        var root = Path.EndsInDirectorySeparator(realFolder) ? realFolder : realFolder + Path.DirectorySeparatorChar;
        return realPath.StartsWith(root, StringComparison.Ordinal);
    }

    /// <summary>Reads a whole regular file of at most <paramref name="maxBytes"/>.</summary>
    /// <param name="what">What the file is, for the message: "the theme", "image 'a.png'".</param>
    /// <exception cref="FileRefusedException">Missing, a folder, a special file, or larger than the cap.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes, string what)
    {
        var real = CheckRegular(path, what);
        using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.Length > maxBytes) throw TooLarge(what, path, stream.Length, maxBytes);
        // The file may grow while it is read: never read past the cap.
        var buffer = new MemoryStream((int)Math.Min(stream.Length, maxBytes));
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes) throw TooLarge(what, path, buffer.Length + n, maxBytes);
            buffer.Write(chunk, 0, n);
        }
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>Reads a whole regular file as UTF-8 text without a byte-order mark (see <see cref="ReadAllBytes"/>).</summary>
    public static string ReadAllText(string path, long maxBytes, string what)
    {
        var bytes = ReadAllBytes(path, maxBytes, what);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        return System.Text.Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>Opens a regular file for reading (for a zip package), refusing it like <see cref="ReadAllBytes"/>.</summary>
    public static FileStream OpenRead(string path, long maxBytes, string what)
    {
        var real = CheckRegular(path, what);
        var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length <= maxBytes) return stream;
        var length = stream.Length;
        stream.Dispose();
        throw TooLarge(what, path, length, maxBytes);
    }

    /// <summary>Maps a regular file of 1 byte to <paramref name="maxBytes"/> read-only into memory, refusing it like
    /// <see cref="ReadAllBytes"/>: for large files read piecemeal (fonts), where a whole copy would be wasted.</summary>
    public static MappedFile Map(string path, long maxBytes, string what)
    {
        var stream = OpenRead(path, maxBytes, what);
        var length = stream.Length;
        if (length == 0)
        {
            stream.Dispose();
            throw new FileRefusedException($"{what} {path}: is empty");
        }
        try
        {
            return new MappedFile(stream, length);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static string CheckRegular(string path, string what)
    {
        var real = RealPath(path);
        return NativeFiles.KindOf(real) switch
        {
            FileKind.Regular => real,
            FileKind.Missing => throw new FileRefusedException($"{what} {path}: no such file"),
            FileKind.Directory => throw new FileRefusedException($"{what} {path}: is a folder, not a file"),
            _ => throw new FileRefusedException($"{what} {path}: is not a regular file (a pipe, socket or device is never read)"),
        };
    }

    private static FileRefusedException TooLarge(string what, string path, long size, long maxBytes) =>
        new($"{what} {path}: {DescribeSize(size)} is over the {DescribeSize(maxBytes)} limit");

    /// <summary>"1.5 MB", "800 KB", "12 bytes" — precise enough that "64 MB is over the 64 MB limit" cannot happen.</summary>
    public static string DescribeSize(long bytes)
    {
        const double Mb = 1024 * 1024;
        if (bytes >= Mb) return bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / Mb:0.00} MB";
        if (bytes >= 1024) return bytes % 1024 == 0 ? $"{bytes / 1024} KB" : $"{bytes / 1024.0:0.0} KB";
        return $"{bytes} bytes";
    }
}
