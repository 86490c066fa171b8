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
    private long _lastJitCount = System.Runtime.JitInfo.GetCompiledMethodCount();
    private double _lastJitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;

    /// <summary>Prints the time since the previous mark, and how many methods the JIT compiled in it (R2R misses).</summary>
    public void Mark(string phase)
    {
        if (_clock is null) return;
        var now = _clock.Elapsed.TotalMilliseconds;
        var jitCount = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
        Console.Error.WriteLine($"pdf-phase {phase,-14} {now - _last,7:0.0} ms  (jit {jitCount - _lastJitCount,4} methods {jitMs - _lastJitMs,6:0.0} ms)");
        _last = now;
        _lastJitCount = jitCount;
        _lastJitMs = jitMs;
    }
}
