namespace GoOverview.Export;

/// <summary>Finds the default templates: templates/ beside this library (NuGet content and project references put
/// them there), else beside the program, else the repository's templates/.</summary>
public static class Templates
{
    /// <summary>Full path of a bundled template file, e.g. Path("epub.css").</summary>
    /// <exception cref="FileNotFoundException">The template is not bundled.</exception>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000",
        Justification = "Location is empty in a native-AOT or single-file app; the next rule (beside the program) then applies")]
    public static string PathOf(string relativePath)
    {
        if (typeof(Templates).Assembly.Location is { Length: > 0 } assembly
            && System.IO.Path.Combine(System.IO.Path.GetDirectoryName(assembly)!, "templates", relativePath) is var besideLibrary
            && File.Exists(besideLibrary))
            return besideLibrary;
        var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "templates", relativePath);
        if (File.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "templates", relativePath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"bundled template not found: templates/{relativePath}");
    }
}
