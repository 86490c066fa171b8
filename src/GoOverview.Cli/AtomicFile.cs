namespace GoOverview.Cli;

/// <summary>Writes an output through a temporary file in the same folder, renamed over the target only on success,
/// so a failure never leaves a half-written file or destroys the previous one. Temporary files are named
/// <c>.{name}.gooverview-{pid}-{guid}.tmp</c>: those of a process that is gone are removed by the next write into the
/// folder, and those in flight are removed when the process is stopped by a signal (<see cref="DeleteInFlight"/>).</summary>
public static class AtomicFile
{
    private static readonly HashSet<string> InFlight = new(StringComparer.Ordinal);
    private static bool _stopping;

    public static void Write(string path, Action<Stream> write)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        StaleTempFiles.Remove(dir);
        var temp = Path.Combine(dir, StaleTempFiles.NameFor(Path.GetFileName(path), Environment.ProcessId));
        try
        {
            FileStream created;
            // Created under the lock that DeleteInFlight holds: once a signal stops the build no temporary file can appear.
            lock (InFlight)
            {
                if (_stopping) throw new OperationCanceledException("the build is being stopped");
                created = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
                InFlight.Add(temp);
            }
            using (var stream = created)
            {
                write(stream);
                stream.Flush(flushToDisk: false);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (IOException e) when (e.Message.Contains(temp, StringComparison.Ordinal))
        {
            // The user knows the output's name, not our temporary one (which is gone once this returns).
            throw new IOException(e.Message.Replace($" : '{temp}'", "", StringComparison.Ordinal).Replace(temp, path, StringComparison.Ordinal), e);
        }
        finally
        {
            try
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
            finally
            {
                lock (InFlight) InFlight.Remove(temp);
            }
        }
    }

    /// <summary>Deletes every temporary file still being written and refuses new ones (the process is about to exit).</summary>
    public static void DeleteInFlight()
    {
        lock (InFlight)
        {
            _stopping = true;
            foreach (var temp in InFlight)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Nothing more can be done on the way out; the next run removes it as stale.
                }
            }
            InFlight.Clear();
        }
    }
}
