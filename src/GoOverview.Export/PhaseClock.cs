using System.Diagnostics;

namespace GoOverview.Export;

/// <summary>
/// Hand-run timing of a writer's phases: with GOOVERVIEW_TIMINGS=1 each phase's milliseconds (and the methods the
/// JIT compiled in it, i.e. ReadyToRun misses) go to stderr. Silent and nearly free otherwise.
/// </summary>
public sealed class PhaseClock(string writer)
{
    private readonly Stopwatch? _clock = Environment.GetEnvironmentVariable("GOOVERVIEW_TIMINGS") == "1" ? Stopwatch.StartNew() : null;
    private double _last;
    private long _lastJitCount = System.Runtime.JitInfo.GetCompiledMethodCount();
    private double _lastJitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;

    public void Mark(string phase)
    {
        if (_clock is null) return;
        var now = _clock.Elapsed.TotalMilliseconds;
        var jitCount = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
        Console.Error.WriteLine($"{writer}-phase {phase,-14} {now - _last,7:0.0} ms  (jit {jitCount - _lastJitCount,4} methods {jitMs - _lastJitMs,6:0.0} ms)");
        _last = now;
        _lastJitCount = jitCount;
        _lastJitMs = jitMs;
    }
}
