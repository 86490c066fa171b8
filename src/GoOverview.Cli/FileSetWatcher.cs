namespace GoOverview.Cli;

/// <summary>Signals when one of a set of files is written, created, deleted or renamed (in or out of place, as editors
/// that save through a temporary file do). Only the folders holding those files are watched, and any other file in
/// them (the build's own outputs, temporary files, a log) is ignored.</summary>
public sealed class FileSetWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly IReadOnlySet<string> _files;
    private readonly EventWaitHandle _changed;

    public FileSetWatcher(IReadOnlySet<string> files, EventWaitHandle changed)
    {
        _files = files;
        _changed = changed;
        foreach (var group in files.GroupBy(f => Path.GetDirectoryName(f)!, StringComparer.Ordinal))
        {
            // A folder that does not exist yet (an image in a folder still to be made): watch its nearest existing
            // ancestor and below; the exact-path filter keeps everything else out.
            var folder = group.Key;
            var recursive = false;
            while (!Directory.Exists(folder) && Path.GetDirectoryName(folder) is { } parent)
            {
                folder = parent;
                recursive = true;
            }
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = recursive };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnRenamed;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public IReadOnlySet<string> Files => _files;

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (_files.Contains(Path.GetFullPath(e.FullPath))) _changed.Set();
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (_files.Contains(Path.GetFullPath(e.FullPath)) || _files.Contains(Path.GetFullPath(e.OldFullPath))) _changed.Set();
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
