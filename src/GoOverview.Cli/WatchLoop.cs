using GoOverview.Fonts;
using GoOverview.Model;

namespace GoOverview.Cli;

/// <summary>`build --watch`: rebuilds in one warm process (fonts stay loaded) whenever the source or an image it
/// shows changes. Nothing else in the folder (outputs, temporary files, a log) triggers a build; a source that is
/// missing for a while (an editor replacing it) is waited for. Ctrl+C stops it (exit 130).</summary>
public sealed class WatchLoop(BuildSettings settings)
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(40);

    public int Run()
    {
        if (settings.InputPath is null) throw new UsageException("--watch needs an INPUT file (the built-in sample never changes)");
        var input = Path.GetFullPath(settings.InputPath);
        using var fonts = FontLibrary.LoadBundled();
        using var changed = new AutoResetEvent(false);
        Document? document = null;
        BuildOnce.Run(settings, fonts, d => document = d); // a usage error here (no such file…) ends the watch: exit 2
        var watcher = new FileSetWatcher(WatchedFiles.For(input, document), changed);
        try
        {
            Console.Error.WriteLine($"watching {settings.InputPath} and the images it shows (Ctrl+C to stop)");
            var waitingForSource = false;
            while (true)
            {
                changed.WaitOne();
                while (changed.WaitOne(Debounce)) { }
                if (!File.Exists(input))
                {
                    if (!waitingForSource) Console.Error.WriteLine($"warning: {settings.InputPath} is missing; waiting for it to come back");
                    waitingForSource = true;
                    continue;
                }
                waitingForSource = false;
                Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] change detected, rebuilding");
                document = null;
                try
                {
                    BuildOnce.Run(settings, fonts, d => document = d);
                }
                catch (UsageException e)
                {
                    Console.Error.WriteLine($"error: {e.Message}");
                }
                var files = WatchedFiles.For(input, document);
                if (document is not null && !files.SetEquals(watcher.Files))
                {
                    watcher.Dispose();
                    watcher = new FileSetWatcher(files, changed);
                }
            }
        }
        finally
        {
            watcher.Dispose();
        }
    }
}
