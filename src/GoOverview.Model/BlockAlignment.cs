namespace GoOverview.Model;

/// <summary>A Div's alignment (from &lt;center&gt;, align= or text-align in raw HTML), carried as a class writers honour.</summary>
public static class BlockAlignment
{
    public const string CenterClass = "align-center";
    public const string RightClass = "align-right";

    public static ColumnAlignment Of(Attr attr) =>
        attr.HasClass(CenterClass) ? ColumnAlignment.Center : attr.HasClass(RightClass) ? ColumnAlignment.Right : ColumnAlignment.Default;
}
