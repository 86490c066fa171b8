using GoOverview.Export.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Word.Package;

namespace GoOverview.Word.Parts;

/// <summary>Document settings: embedded fonts kept on save, Chinese punctuation compression.</summary>
internal static class SettingsWriter
{
    public static void Write(OpcPackage package, OpcPart main, bool embedFonts, bool hasFootnotes, string eastAsianLang)
    {
        var fonts = embedFonts ? "<w:embedTrueTypeFonts/><w:saveSubsetFonts/>" : "";
        var notes = hasFootnotes ? """<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>""" : "";
        var xml = $$"""
            <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:zoom w:percent="100"/>{{fonts}}
              <w:defaultTabStop w:val="420"/>
              <w:characterSpacingControl w:val="compressPunctuation"/>{{notes}}
              <w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
              <w:themeFontLang w:val="en-US" w:eastAsia="{{eastAsianLang}}"/>
              <w:decimalSymbol w:val="."/>
              <w:listSeparator w:val=","/>
            </w:settings>
            """;
        package.AddRelated(main, RelationshipTypes.Settings, "/word/settings.xml", ContentTypes.Settings).Content = new Settings(xml).WriteTo;
    }
}
