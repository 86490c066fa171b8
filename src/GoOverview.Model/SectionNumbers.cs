using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>How -N numbers headings.</summary>
public enum SectionNumberStyle
{
    /// <summary>1 / 1.1 / 1.1.1 (pandoc's style).</summary>
    Decimal,

    /// <summary>一、 / （一） / 1. / (1), the usual outline of Chinese reports and textbooks; deeper levels 1.1.1.1.</summary>
    Chinese,
}

/// <summary>
/// Numbers the document's headings in their text (so every writer, its table of contents and bookmarks show the same
/// numbers). When the document has a single H1 that comes first, it is the title and numbering starts at H2.
/// Headings with the class <c>unnumbered</c> (pandoc's <c>{-}</c>) keep their text and do not count.
/// </summary>
public static class SectionNumbers
{
    public const string UnnumberedClass = "unnumbered";

    public static Document Apply(Document document, SectionNumberStyle style)
    {
        var headings = Headings(document.Blocks).ToList();
        if (headings.Count == 0) return document;
        var topLevel = headings.Count(h => h.Level == 1) == 1 && headings[0].Level == 1 ? 2 : 1;
        var counters = new int[7];
        return document with { Blocks = Number(document.Blocks, topLevel, style, counters) };
    }

    private static ImmutableArray<Block> Number(ImmutableArray<Block> blocks, int topLevel, SectionNumberStyle style, int[] counters)
    {
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        foreach (var block in blocks)
        {
            result.Add(block switch
            {
                Heading h when h.Level >= topLevel && !h.Attr.HasClass(UnnumberedClass) => Numbered(h, topLevel, style, counters),
                Div d => d with { Blocks = Number(d.Blocks, topLevel, style, counters) },
                _ => block,
            });
        }
        return result.MoveToImmutable();
    }

    private static Heading Numbered(Heading heading, int topLevel, SectionNumberStyle style, int[] counters)
    {
        counters[heading.Level]++;
        for (var deeper = heading.Level + 1; deeper < counters.Length; deeper++) counters[deeper] = 0;
        var path = counters[topLevel..(heading.Level + 1)];
        var label = Label(path, style);
        return heading with { Content = heading.Content.Insert(0, new Text(label)) };
    }

    /// <summary>The number as it precedes the heading text, separator included.</summary>
    public static string Label(ReadOnlySpan<int> path, SectionNumberStyle style)
    {
        if (style == SectionNumberStyle.Chinese)
        {
            var n = path[^1];
            switch (path.Length)
            {
                case 1: return ChineseNumeral(n) + "、";
                case 2: return "（" + ChineseNumeral(n) + "）";
                case 3: return n + ". ";
                case 4: return "(" + n + ") ";
            }
        }
        return string.Join('.', path.ToArray()) + " ";
    }

    /// <summary>1–99 in Chinese numerals (一 … 十 … 九十九); larger numbers as digits.</summary>
    public static string ChineseNumeral(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n < 1 || n > 99) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n < 10) return digits[n].ToString();
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    /// <summary>The first heading whose text already starts with a number (一、, （一）, 第一章, 1., 2.1), if any: -N
    /// would number it a second time.</summary>
    public static Heading? FirstHandNumbered(Document document) =>
        Headings(document.Blocks).FirstOrDefault(h => HandNumber.IsMatch(PlainText.Of(h.Content)));

    private static readonly System.Text.RegularExpressions.Regex HandNumber = new(
        @"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十百\d]+[章节篇部]|\d+(?:\.\d+)*[.、．\s])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static IEnumerable<Heading> Headings(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Heading h) yield return h;
            else if (block is Div d)
                foreach (var inner in Headings(d.Blocks)) yield return inner;
        }
    }
}
