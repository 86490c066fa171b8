namespace GoOverview.Model.Diagnostics;

/// <summary>
/// Thrown when the content cannot be exported correctly (the output would be wrong). The CLI prints the
/// message with its location and exits 1, leaving any previous output file untouched.
/// </summary>
public sealed class ContentException(string message, SourceLocation? location = null) : Exception(message)
{
    public SourceLocation? Location { get; } = location;
}
