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
        if (settings.BookPath is not null || settings.MoreInputs.Count > 0)
            throw new UsageException("--watch follows one INPUT file; a book or several joined files are not watched");
        if (settings.InputPath is null) throw new UsageException("--watch needs an INPUT file (the built-in sample never changes)");
        var input = Path.GetFullPath(settings.InputPath);
        using var fonts = ChosenFonts.Load(settings.Writers);
        using var changed = new AutoResetEvent(false);
        // Watching starts before the first build, so a change made while it runs is not missed.
        FileSetWatcher watcher;
        try
        {
            watcher = new FileSetWatcher(WatchedFiles.For(input, null), changed);
        }
        catch (IOException e)
        {
            // e.g. the system's limit on inotify instances is reached: an environment problem, not a bug.
            Console.Error.WriteLine($"error: cannot watch {settings.InputPath}: {e.Message}");
            return ExitCodes.ContentError;
        }
        try
        {
            Document? document = null;
            BuildOnce.Run(settings, fonts, d => document = d); // a usage error here (no such file…) ends the watch: exit 2
            watcher = Rewatch(watcher, WatchedFiles.For(input, document), changed);
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
                if (document is not null) watcher = Rewatch(watcher, WatchedFiles.For(input, document), changed);
            }
        }
        finally
        {
            watcher.Dispose();
        }
    }

    /// <summary>Watches a new set of files (the images changed); the new watcher starts before the old one stops.</summary>
    private static FileSetWatcher Rewatch(FileSetWatcher current, IReadOnlySet<string> files, EventWaitHandle changed)
    {
        if (files.SetEquals(current.Files)) return current;
        var next = new FileSetWatcher(files, changed);
        current.Dispose();
        return next;
    }
}
