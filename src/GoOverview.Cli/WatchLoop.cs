using GoOverview.Fonts;

namespace GoOverview.Cli;

/// <summary>`build --watch`: rebuilds in one warm process (fonts stay loaded) whenever the document's folder changes.</summary>
public sealed class WatchLoop(BuildSettings settings)
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(40);

    public int Run()
    {
        if (settings.InputPath is null) throw new UsageException("--watch needs an INPUT file (the built-in sample never changes)");
        var input = Path.GetFullPath(settings.InputPath);
        var folder = Path.GetDirectoryName(input)!;
        var outputFolder = Path.GetFullPath(settings.OutputDirectory);
        using var fonts = FontLibrary.LoadBundled();
        using var changed = new AutoResetEvent(false);
        using var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void OnChange(object _, FileSystemEventArgs e)
        {
            var full = Path.GetFullPath(e.FullPath);
            if (full.StartsWith(outputFolder, StringComparison.Ordinal) || Path.GetFileName(full).StartsWith('.')) return;
            changed.Set();
        }
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Renamed += (s, e) => OnChange(s, e);

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); changed.Set(); };
        BuildOnce.Run(settings, fonts);
        Console.Error.WriteLine($"watching {folder} (Ctrl+C to stop)");
        while (!cancel.IsCancellationRequested)
        {
            changed.WaitOne();
            if (cancel.IsCancellationRequested) break;
            while (changed.WaitOne(Debounce)) { }
            Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] change detected, rebuilding");
            BuildOnce.Run(settings, fonts);
        }
        return ExitCodes.Ok;
    }
}
