using System.Diagnostics;

namespace GoOverview.Slides;

/// <summary>
/// Hand-run timing of a slide writer's phases: with GOOVERVIEW_SLIDES_TIMINGS=1 each phase's milliseconds (and the
/// methods the JIT compiled in it, i.e. ReadyToRun misses) go to stderr. Silent and nearly free otherwise.
/// </summary>
internal sealed class PhaseClock(string writer)
{
    private readonly Stopwatch? _clock = Environment.GetEnvironmentVariable("GOOVERVIEW_SLIDES_TIMINGS") == "1" ? Stopwatch.StartNew() : null;
    private double _last;
    private long _lastJitCount = System.Runtime.JitInfo.GetCompiledMethodCount();
    private double _lastJitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;

    public void Mark(string phase)
    {
        if (_clock is null) return;
        var now = _clock.Elapsed.TotalMilliseconds;
        var jitCount = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
        Console.Error.WriteLine($"{writer}-phase {phase,-10} {now - _last,7:0.0} ms  (jit {jitCount - _lastJitCount,4} methods {jitMs - _lastJitMs,6:0.0} ms)");
        _last = now;
        _lastJitCount = jitCount;
        _lastJitMs = jitMs;
    }
}
