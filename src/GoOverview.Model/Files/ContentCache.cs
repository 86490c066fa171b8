using System.Security.Cryptography;
using System.Text;

namespace GoOverview.Model.Files;

/// <summary>
/// A content-addressed cache of derived bytes (font subsets, highlighted code) in the user's cache folder, so that
/// a repeat build reads a file instead of recomputing. An entry's name is the SHA-256 of everything its value
/// depends on, so an entry is never stale, only unused. Entries are written to a temporary file and renamed into
/// place (atomic: concurrent runs never read half an entry); a failure to read or write only means a miss. The
/// folder is kept under <see cref="MaxBytes"/> by deleting the least recently written entries.
/// Folder: $GOOVERVIEW_CACHE_DIR, else $XDG_CACHE_HOME/gooverview, else ~/.cache/gooverview (LocalApplicationData
/// on Windows). GOOVERVIEW_NO_CACHE=1 (or the CLI's --no-cache) turns it off.
/// </summary>
public sealed class ContentCache
{
    /// <summary>Bumped whenever the format of any entry changes.</summary>
    private const string FormatVersion = "1";

    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The largest single entry read back (a subset of the biggest bundled font is far below it).</summary>
    private const long MaxEntryBytes = 32L * 1024 * 1024;

    private long _writtenSinceTrim;
    private int _trimmed;

    public ContentCache(string folder, long maxBytes = DefaultMaxBytes)
    {
        Folder = folder;
        MaxBytes = maxBytes;
    }

    public string Folder { get; }

    public long MaxBytes { get; }

    /// <summary>The process-wide cache: from the environment, or null when caching is off. The CLI sets it to null for --no-cache.</summary>
    public static ContentCache? Shared { get; set; } = FromEnvironment();

    public static ContentCache? FromEnvironment()
    {
        if (Environment.GetEnvironmentVariable("GOOVERVIEW_NO_CACHE") is { Length: > 0 } off && off != "0") return null;
        var folder = Environment.GetEnvironmentVariable("GOOVERVIEW_CACHE_DIR") is { Length: > 0 } explicitDir
            ? explicitDir
            : Path.Combine(DefaultRoot() ?? "", "gooverview");
        return Path.IsPathRooted(folder) ? new ContentCache(folder) : null;
    }

    private static string? DefaultRoot()
    {
        if (OperatingSystem.IsWindows()) return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) is { Length: > 0 } w ? w : null;
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) return xdg;
        return Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache") : null;
    }

    /// <summary>The entry name for a kind of value and the parts it depends on.</summary>
    public static string Key(string kind, params ReadOnlySpan<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(FormatVersion + "\n" + kind + "\n"));
        foreach (var part in parts)
        {
            hash.AppendData(BitConverter.GetBytes(part.Length));
            hash.AppendData(Encoding.UTF8.GetBytes(part));
        }
        return kind + "-" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The stored value, or null (absent, unreadable, or the cache folder is unusable).</summary>
    public byte[]? Get(string key)
    {
        var path = PathOf(key);
        try
        {
            return File.Exists(path) ? FileGate.ReadAllBytes(path, MaxEntryBytes, "a cache entry") : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores a value; silently does nothing when the folder cannot be written.</summary>
    public void Put(string key, ReadOnlySpan<byte> value)
    {
        var path = PathOf(key);
        var temp = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            Directory.CreateDirectory(Folder);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                stream.Write(value);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return;
        }
        // Trimmed at a run's first write (many small runs must not grow the folder) and after every eighth of the bound.
        if (Interlocked.Exchange(ref _trimmed, 1) == 0 || Interlocked.Add(ref _writtenSinceTrim, value.Length) > MaxBytes / 8)
        {
            Interlocked.Exchange(ref _writtenSinceTrim, 0);
            Trim();
        }
    }

    /// <summary>Deletes the least recently written entries until the folder holds at most <see cref="MaxBytes"/>;
    /// leftover temporary files older than an hour go too.</summary>
    public void Trim()
    {
        try
        {
            var files = new DirectoryInfo(Folder).GetFiles();
            var stale = DateTime.UtcNow - TimeSpan.FromHours(1);
            foreach (var temp in files.Where(f => f.Name.EndsWith(".tmp", StringComparison.Ordinal) && f.LastWriteTimeUtc < stale)) TryDelete(temp.FullName);
            var entries = files.Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal)).OrderByDescending(f => f.LastWriteTimeUtc).ToList();
            long total = 0;
            foreach (var entry in entries)
            {
                total += entry.Length;
                if (total > MaxBytes) TryDelete(entry.FullName);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another run may be trimming too; the next write tries again.
        }
    }

    private string PathOf(string key) => Path.Combine(Folder, key);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
