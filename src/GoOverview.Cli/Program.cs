using System.CommandLine;

namespace GoOverview.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("GoOverview — Chinese Markdown to PDF handout, Word, EPUB and slides")
        {
            new BuildCommand().Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("usage: gooverview build [INPUT.md] [--to pdf,docx,epub,pptx,slides-pdf,json|all] [-o DIR] [-M key=value]… [--strict]");
            return ExitCodes.BadUsage;
        }
        return parse.Invoke();
    }
}
