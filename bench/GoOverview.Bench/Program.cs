using GoOverview.Bench;

// Stopwatch harness (not unit tests): in-process timings of parse and each writer for the seed ×1/×10/×100,
// then whole-process cold runs of the published CLI, and the same jobs through pandoc where installed;
// --big: the large input shapes at two scales (linear constants per MB of input).
var options = BenchOptions.Parse(args);
Console.WriteLine($"GoOverview benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
if (options.InProcess) InProcessBench.Run(options);
if (options.Cold) ColdProcessBench.Run(options);
if (options.Startup) StartupBench.Run(options);
if (options.Big) BigInputBench.Run(options);
if (options.Book) BookBench.Run(options);
if (options.Code) CodeBench.Run(options);
if (args.Contains("--split")) CodeSplitExperiment.Run(args[Array.IndexOf(args, "--split") + 1], int.Parse(args[Array.IndexOf(args, "--split") + 2]), options.Runs);
if (options.Watch && (options.CliPath ?? ColdProcessBench.FindPublishedCli()) is { } cli) WatchBench.Run(cli, options.Runs * 2);
return 0;
