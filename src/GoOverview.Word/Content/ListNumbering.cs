using GoOverview.Export.Packaging;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Word.Package;

namespace GoOverview.Word.Content;

/// <summary>
/// Word numbering for lists: one abstract definition for bullets and one for ordered lists (nine levels each),
/// (decimal at every level, as Markdown writes them) and one w:num per list instance, so every ordered list restarts at its own start number and nested lists
/// keep their level.
/// </summary>
internal sealed class ListNumbering
{
    public const int IndentPerLevel = 420;
    private const int BulletAbstractId = 1;
    private const int OrderedAbstractId = 2;
    private static readonly string[] BulletSymbols = ["•", "◦", "▪"];

    private readonly List<ListInstance> _instances = new();

    /// <summary>A new list instance; returns its w:numId.</summary>
    public int NewList(bool ordered, int level, int start)
    {
        var numId = _instances.Count + 1;
        _instances.Add(new ListInstance(numId, ordered ? OrderedAbstractId : BulletAbstractId, level, start));
        return numId;
    }

    public static NumberingProperties Properties(int numId, int level) =>
        new(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });

    public void Write(OpcPackage package, OpcPart main)
    {
        if (_instances.Count == 0) return;
        var numbering = new Numbering();
        numbering.Append(Abstract(BulletAbstractId, ordered: false), Abstract(OrderedAbstractId, ordered: true));
        foreach (var instance in _instances) numbering.Append(Instance(instance));
        package.AddRelated(main, RelationshipTypes.Numbering, "/word/numbering.xml", ContentTypes.Numbering).Content = numbering.WriteTo;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        abstractNum.Append(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel });
        for (var level = 0; level < 9; level++)
        {
            var left = IndentPerLevel * (level + 1);
            var lvl = new Level { LevelIndex = level };
            lvl.Append(new StartNumberingValue { Val = 1 });
            if (ordered)
            {
                lvl.Append(new NumberingFormat { Val = NumberFormatValues.Decimal },
                    new LevelText { Val = "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + "." });
            }
            else
            {
                lvl.Append(new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = BulletSymbols[level % BulletSymbols.Length] });
            }
            lvl.Append(new LevelJustification { Val = LevelJustificationValues.Left });
            lvl.Append(new PreviousParagraphProperties(new Indentation { Left = Twips(left), Hanging = Twips(IndentPerLevel) }));
            lvl.Append(new NumberingSymbolRunProperties(new RunFonts
            {
                Ascii = Styles.DefaultStyles.LatinFont,
                HighAnsi = Styles.DefaultStyles.LatinFont,
                EastAsia = Styles.DefaultStyles.EastAsianFont,
                Hint = FontTypeHintValues.Default,
            }));
            abstractNum.Append(lvl);
        }
        return abstractNum;
    }

    private static StringValue Twips(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    private static NumberingInstance Instance(ListInstance list)
    {
        var num = new NumberingInstance { NumberID = list.NumId };
        num.Append(new AbstractNumId { Val = list.AbstractId });
        if (list.AbstractId == OrderedAbstractId)
        {
            num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = list.Start }) { LevelIndex = list.Level });
        }
        return num;
    }

    private sealed record ListInstance(int NumId, int AbstractId, int Level, int Start);
}
