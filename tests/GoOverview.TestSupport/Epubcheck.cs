using System.Text.Json;

namespace GoOverview.TestSupport;

/// <summary>
/// Runs epubcheck (Debian's /usr/bin/epubcheck is the jar itself, so it is started with java -jar) and returns
/// its messages from the JSON report.
/// </summary>
public static class Epubcheck
{
    public sealed record Message(string Severity, string Id, string Text, string Where)
    {
        public override string ToString() => $"{Severity} {Id}: {Text} ({Where})";
    }

    public static IReadOnlyList<Message> Check(string epubPath)
    {
        var jar = ExternalTool.Find("epubcheck") ?? throw new Xunit.Sdk.XunitException("epubcheck is not installed");
        var report = Path.Combine(Path.GetDirectoryName(epubPath)!, "epubcheck.json");
        var result = ExternalTool.Run("java", ["-jar", jar, epubPath, "--json", report]);
        if (!File.Exists(report)) throw new Xunit.Sdk.XunitException("epubcheck wrote no report: " + result);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var messages = new List<Message>();
        foreach (var m in json.RootElement.GetProperty("messages").EnumerateArray())
        {
            var where = string.Join("; ", m.GetProperty("locations").EnumerateArray().Select(l =>
                $"{l.GetProperty("path").GetString()}:{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}"));
            messages.Add(new Message(m.GetProperty("severity").GetString()!, m.GetProperty("ID").GetString()!,
                m.GetProperty("message").GetString()!, where));
        }
        return messages;
    }

    /// <summary>Errors, fatals and warnings (infos and usage hints are not problems).</summary>
    public static IReadOnlyList<Message> Problems(string epubPath) =>
        Check(epubPath).Where(m => m.Severity is "ERROR" or "FATAL" or "WARNING").ToList();
}
