using System.Xml.Linq;

namespace GoOverview.Rendering.Images;

/// <summary>
/// The number of elements an SVG draws once every &lt;use&gt; is expanded. Ten levels of ten uses each draw 10^10
/// shapes from a 1 KB file (the "billion laughs" of SVG); such a file, or one whose uses form a cycle, is refused.
/// Computed without recursion: a chain of 30,000 uses must not overflow the stack.
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
        var onPath = new HashSet<XElement>();
        var stack = new Stack<(XElement Element, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, childrenDone) = stack.Pop();
            if (cost.ContainsKey(element)) continue;
            var dependencies = Dependencies(element, byId).ToList();
            if (!childrenDone)
            {
                if (!onPath.Add(element))
                {
                    problem = "its <use> references form a cycle";
                    return true;
                }
                stack.Push((element, true));
                foreach (var dependency in dependencies)
                {
                    if (cost.ContainsKey(dependency)) continue;
                    if (onPath.Contains(dependency))
                    {
                        problem = "its <use> references form a cycle";
                        return true;
                    }
                    stack.Push((dependency, false));
                }
                continue;
            }
            long total = 1;
            foreach (var dependency in dependencies) total = Math.Min(limit + 1, total + cost.GetValueOrDefault(dependency));
            cost[element] = total;
            onPath.Remove(element);
        }
        problem = cost[root] > limit ? $"its <use> references expand to more than {limit:N0} elements" : "";
        return cost[root] > limit;
    }

    /// <summary>What an element draws besides itself: its children, and the target of a &lt;use&gt;.</summary>
    private static IEnumerable<XElement> Dependencies(XElement element, Dictionary<string, XElement> byId)
    {
        foreach (var child in element.Elements()) yield return child;
        if (element.Name.LocalName == "use" && Target(element) is { } id && byId.TryGetValue(id, out var target)) yield return target;
    }

    private static string? Target(XElement use)
    {
        var href = use.Attributes().FirstOrDefault(a => a.Name.LocalName == "href")?.Value.Trim();
        return href is { Length: > 1 } && href[0] == '#' ? href[1..] : null;
    }
}
