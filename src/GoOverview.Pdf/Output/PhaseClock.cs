using System.Diagnostics;

namespace GoOverview.Pdf.Output;

/// <summary>
/// Hand-run timing of the writer's phases: set GOOVERVIEW_PDF_TIMINGS=1 and each phase's milliseconds go to
/// stderr. Silent (and nearly free) otherwise, so normal output never shows it.
/// </summary>
internal sealed class PhaseClock
{
    private readonly Stopwatch? _clock = Environment.GetEnvironmentVariable("GOOVERVIEW_PDF_TIMINGS") == "1" ? Stopwatch.StartNew() : null;
    private double _last;

    public void Mark(string phase)
    {
        if (_clock is null) return;
        var now = _clock.Elapsed.TotalMilliseconds;
        Console.Error.WriteLine($"pdf-phase {phase,-14} {now - _last,7:0.0} ms");
        _last = now;
    }
}
