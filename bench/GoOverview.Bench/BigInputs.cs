using System.Text;

namespace GoOverview.Bench;

/// <summary>
/// The large legal input shapes of the security issue (class 10), at a scale: one long Han paragraph, one very
/// long URL, many footnotes, many reference links, many headings. Scale 1 stays well under every
/// DocumentLimits count so the two scales measured show how time and memory grow.
/// </summary>
internal static class BigInputs
{
    private const string Han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";

    public static readonly string[] Shapes = ["paragraph", "url", "footnotes", "reflinks", "headings"];

    /// <summary>Writes the shape at the scale into folder and returns the file's path.</summary>
    public static string Write(string folder, string shape, int scale)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{shape}-x{scale}.md");
        File.WriteAllText(path, Text(shape, scale), new UTF8Encoding(false));
        return path;
    }

    private static string Text(string shape, int scale) => shape switch
    {
        "paragraph" => "# 大段\n\n" + Paragraph(250_000 * scale) + "\n",
        "url" => "# 链接\n\n[长链接](https://example.com/" + new string('a', 512 * 1024 * scale) + ")\n",
        "footnotes" => "# 脚注\n\n" + Repeat(8_000 * scale, i => $"文字[^{i}]。") + "\n\n" + Repeat(8_000 * scale, i => $"[^{i}]: 注释 {i}\n"),
        "reflinks" => "# 引用\n\n" + Repeat(8_000 * scale, i => $"[链接{i}][r{i}] ") + "\n\n" + Repeat(8_000 * scale, i => $"[r{i}]: https://example.com/{i}\n"),
        "headings" => Repeat(8_000 * scale, i => $"## 标题 {i}\n\n"),
        _ => throw new ArgumentException($"unknown shape {shape}", nameof(shape)),
    };

    private static string Paragraph(int characters)
    {
        var random = new Random(1);
        var sb = new StringBuilder(characters);
        for (var i = 0; i < characters; i++) sb.Append(Han[random.Next(Han.Length)]);
        return sb.ToString();
    }

    private static string Repeat(int count, Func<int, string> item)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++) sb.Append(item(i));
        return sb.ToString();
    }
}
