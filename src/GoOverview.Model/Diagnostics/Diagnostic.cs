namespace GoOverview.Model.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>One message for the user. Code is a stable short id (e.g. "empty-link") that tests and filters use.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location)
{
    public override string ToString()
    {
        var where = Location is null ? "" : Location + ": ";
        var level = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return $"{where}{level}: {Message} [{Code}]";
    }
}
