namespace GoOverview.TestSupport;

/// <summary>
/// A fontconfig setup made for one test: a FONTCONFIG_FILE that includes nothing from /etc/fonts and whose only
/// &lt;dir&gt;s are a folder holding one Latin-only font file copied in for the test, plus the folders the test
/// names (e.g. the bundled fonts), with a private cache, HOME and XDG folders. Whatever fonts the machine has
/// (fonts-noto-cjk, Droid Sans Fallback, a developer's ~/.fonts…), programs started with <see cref="Environment"/>
/// see the same fonts, so a test checks the product, not the machine.
/// </summary>
public sealed class HermeticFontconfig
{
    /// <summary>
    /// Latin-only fonts that one of fontconfig's own dependencies (fontconfig-config: fonts-dejavu-core |
    /// ttf-bitstream-vera | fonts-liberation | fonts-liberation2 | fonts-croscore | fonts-freefont…) puts on a
    /// Debian/Ubuntu machine, or Fedora's equivalents. None of them covers Chinese.
    /// </summary>
    private static readonly string[] LatinCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/ttf-bitstream-vera/Vera.ttf",
        "/usr/share/fonts/truetype/croscore/Arimo-Regular.ttf",
        "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    ];

    /// <summary>The Latin-only font file copied into every hermetic setup, or null when this machine has none of them.</summary>
    public static string? LatinFontFile { get; } = LatinCandidates.FirstOrDefault(File.Exists);

    /// <summary>Why a test needing a hermetic fontconfig cannot run here, or null when it can.</summary>
    public static string? Unavailable => LatinFontFile is null
        ? "no Latin-only font file for a hermetic fontconfig (looked for " + string.Join(", ", LatinCandidates) + "; apt-get install fonts-dejavu-core)"
        : null;

    /// <summary>The folder holding the config, the Latin font folder, the cache and the private HOME.</summary>
    public string Root { get; }

    public string ConfigFile { get; }

    /// <summary>The test's own folder with the one Latin-only font file in it.</summary>
    public string LatinFontDirectory { get; }

    /// <summary>Every folder fontconfig scans: <see cref="LatinFontDirectory"/>, then the ones the test named.</summary>
    public IReadOnlyList<string> FontDirectories { get; }

    /// <summary>
    /// FONTCONFIG_FILE plus a private HOME and XDG folders (so no ~/.fonts, ~/.config/fontconfig or user cache
    /// can leak in), for <see cref="ExternalTool.Run"/>.
    /// </summary>
    public Dictionary<string, string> Environment { get; }

    private HermeticFontconfig(string root, IEnumerable<string> extraFontDirectories)
    {
        var latin = LatinFontFile ?? throw new Xunit.Sdk.XunitException(Unavailable);
        Root = root;
        LatinFontDirectory = Path.Combine(root, "latin-font");
        Directory.CreateDirectory(LatinFontDirectory);
        File.Copy(latin, Path.Combine(LatinFontDirectory, Path.GetFileName(latin)), overwrite: true);
        FontDirectories = [LatinFontDirectory, .. extraFontDirectories.Select(Path.GetFullPath)];
        foreach (var dir in FontDirectories)
            if (!Directory.Exists(dir)) throw new Xunit.Sdk.XunitException("font folder missing: " + dir);

        var cache = Path.Combine(root, "fc-cache");
        var home = Path.Combine(root, "home");
        Directory.CreateDirectory(cache);
        Directory.CreateDirectory(home);
        ConfigFile = Path.Combine(root, "fonts.conf");
        File.WriteAllText(ConfigFile, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
            {string.Concat(FontDirectories.Select(d => $"  <dir>{Escape(d)}</dir>\n"))}  <cachedir>{Escape(cache)}</cachedir>
            </fontconfig>
            """);
        Environment = new Dictionary<string, string>
        {
            ["FONTCONFIG_FILE"] = ConfigFile,
            ["FONTCONFIG_PATH"] = root,
            ["HOME"] = home,
            ["XDG_CONFIG_HOME"] = Path.Combine(home, ".config"),
            ["XDG_CACHE_HOME"] = Path.Combine(home, ".cache"),
            ["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share"),
        };
    }

    /// <summary>
    /// A hermetic setup in <paramref name="root"/> (made if missing). Fails the test when the machine has no Latin-only
    /// font to copy (tests using this carry <c>HermeticFonts = true</c> on their <see cref="ToolFactAttribute"/>, so
    /// they are skipped locally instead and fail only under CI=true).
    /// </summary>
    public static HermeticFontconfig Create(string root, params string[] extraFontDirectories) =>
        new(Directory.CreateDirectory(root).FullName, extraFontDirectories);

    /// <summary>The font files fontconfig lists under this setup (needs fc-list).</summary>
    public IReadOnlyList<string> FontFiles() => List(":", "%{file}\n");

    /// <summary>"family: file" of every font fontconfig finds for Chinese under this setup (needs fc-list).</summary>
    public IReadOnlyList<string> ChineseFonts() => List(":lang=zh", "%{family[0]}: %{file}\n");

    private List<string> List(string pattern, string format)
    {
        var result = ExternalTool.Run("fc-list", ["--format", format, pattern], environment: Environment);
        if (result.ExitCode != 0) throw new Xunit.Sdk.XunitException("fc-list failed: " + result);
        return result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();
    }

    private static string Escape(string path) => System.Security.SecurityElement.Escape(path);
}
