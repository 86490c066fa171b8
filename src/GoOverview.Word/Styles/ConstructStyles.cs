using System.Text;
using GoOverview.Model;

namespace GoOverview.Word.Styles;

/// <summary>
/// Default styles of callouts (one per kind, colours from the shared <see cref="CalloutStyles"/> table: a thick
/// rule on the left, tinted shading, tint-coloured borders elsewhere as padding), tab labels and definition lists.
/// Added to a document only when used; not part of the bundled reference.docx, so a document without these
/// constructs gets exactly the styles it got before they existed.
/// </summary>
internal static class ConstructStyles
{
    public const string TabLabel = "Tab Label";
    public const string DefinitionTerm = "Definition Term";
    public const string Definition = "Definition";
    public const string CalloutSpacer = "Callout Spacer";

    public static string Callout(CalloutKind kind) => "Callout " + Capitalized(CalloutStyles.For(kind).Name);

    public static bool IsCallout(string style) => style.StartsWith("Callout ", StringComparison.Ordinal) && style != CalloutSpacer;

    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    public static System.Xml.Linq.XElement Create() =>
        System.Xml.Linq.XElement.Parse("""<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">""" + Xml() + "</w:styles>");

    private static string Xml()
    {
        var sb = new StringBuilder();
        foreach (var style in CalloutStyles.All)
        {
            var id = "Callout" + Capitalized(style.Name);
            var (tint, accent) = (style.Tint.ToHex(), style.Accent.ToHex());
            sb.Append($"""
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="{id}"><w:name w:val="{Callout(style.Kind)}"/><w:basedOn w:val="BodyText"/><w:uiPriority w:val="99"/><w:qFormat/>
    <w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="5" w:color="{tint}"/><w:left w:val="single" w:sz="24" w:space="10" w:color="{accent}"/><w:bottom w:val="single" w:sz="4" w:space="5" w:color="{tint}"/><w:right w:val="single" w:sz="4" w:space="8" w:color="{tint}"/></w:pBdr>
      <w:shd w:val="clear" w:color="auto" w:fill="{tint}"/><w:spacing w:before="40" w:after="40"/><w:ind w:left="312" w:right="210" w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>

""");
        }
        sb.Append("""
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="CalloutSpacer"><w:name w:val="Callout Spacer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
    <w:pPr><w:spacing w:before="0" w:after="0" w:line="160" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="8"/><w:szCs w:val="8"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="TabLabel"><w:name w:val="Tab Label"/><w:basedOn w:val="BodyText"/><w:next w:val="BodyText"/><w:uiPriority w:val="99"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="C3C8CF"/></w:pBdr><w:spacing w:before="200" w:after="80"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:color w:val="1D4F91"/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="DefinitionTerm"><w:name w:val="Definition Term"/><w:basedOn w:val="BodyText"/><w:next w:val="Definition"/><w:uiPriority w:val="99"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Definition"><w:name w:val="Definition"/><w:basedOn w:val="BodyText"/><w:uiPriority w:val="99"/><w:qFormat/>
    <w:pPr><w:spacing w:before="20" w:after="60"/><w:ind w:left="567" w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>

""");
        return sb.ToString();
    }
}
