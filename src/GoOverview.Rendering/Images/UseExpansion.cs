using System.Xml.Linq;

namespace GoOverview.Rendering.Images;

/// <summary>
/// The number of elements an SVG draws once every &lt;use&gt; is expanded. Ten levels of ten uses each draw 10^10
/// shapes from a 1 KB file (the "billion laughs" of SVG); such a file, or one whose uses form a cycle, is refused.
/// </summary>
internal static class UseExpansion
{
    public static bool Exceeds(XElement root, long limit, out string problem)
    {
        var byId = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("id")?.Value is { Length: > 0 } id) byId.TryAdd(id, element);
        }
        var cost = new Dictionary<XElement, long>();
        var visiting = new HashSet<XElement>();
        problem = "";
        try
        {
            if (Cost(root, byId, cost, visiting, limit) <= limit) return false;
            problem = $"its <use> references expand to more than {limit:N0} elements";
        }
        catch (InvalidOperationException e)
        {
            problem = e.Message;
        }
        return true;
    }

    private static long Cost(XElement element, Dictionary<string, XElement> byId, Dictionary<XElement, long> cost, HashSet<XElement> visiting, long limit)
    {
        if (cost.TryGetValue(element, out var known)) return known;
        if (!visiting.Add(element)) throw new InvalidOperationException("its <use> references form a cycle");
        long total = 1;
        foreach (var child in element.Elements())
        {
            total = Math.Min(limit + 1, total + Cost(child, byId, cost, visiting, limit));
        }
        if (element.Name.LocalName == "use" && Target(element) is { } id && byId.TryGetValue(id, out var target))
            total = Math.Min(limit + 1, total + Cost(target, byId, cost, visiting, limit));
        visiting.Remove(element);
        cost[element] = total;
        return total;
    }

    private static string? Target(XElement use)
    {
        var href = use.Attributes().FirstOrDefault(a => a.Name.LocalName == "href")?.Value.Trim();
        return href is { Length: > 1 } && href[0] == '#' ? href[1..] : null;
    }
}
