namespace GoOverview.Slides.Pptx;

/// <summary>The default theme: a quiet colour scheme and theme fonts whose Latin and East Asian faces are the bundled CJK family.</summary>
internal static class ThemeXml
{
    /// <summary>
    /// System faces named per script, for viewers that neither read the embedded font nor have the bundled one
    /// (LibreOffice, WPS): Chinese degrades to a system sans (Microsoft YaHei for simplified, PingFang TC for
    /// traditional Chinese) rather than to a serif or to boxes. The East Asian slot also says "GB2312, sans" (charset,
    /// pitchFamily), which font matching uses when the named face is missing.
    /// </summary>
    private const string ScriptFallbacks =
        """<a:font script="Hans" typeface="Microsoft YaHei"/><a:font script="Hant" typeface="PingFang TC"/><a:font script="Jpan" typeface="Yu Gothic"/><a:font script="Hang" typeface="Malgun Gothic"/>""";

    public static string Create(string name, string fontFamily) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="{name}">
          <a:themeElements>
            <a:clrScheme name="GoOverview">
              <a:dk1><a:srgbClr val="1F2328"/></a:dk1>
              <a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>
              <a:dk2><a:srgbClr val="00606F"/></a:dk2>
              <a:lt2><a:srgbClr val="EEF6F8"/></a:lt2>
              <a:accent1><a:srgbClr val="00ADD8"/></a:accent1>
              <a:accent2><a:srgbClr val="5DC9E2"/></a:accent2>
              <a:accent3><a:srgbClr val="CE3262"/></a:accent3>
              <a:accent4><a:srgbClr val="FDDD00"/></a:accent4>
              <a:accent5><a:srgbClr val="402B56"/></a:accent5>
              <a:accent6><a:srgbClr val="007D9C"/></a:accent6>
              <a:hlink><a:srgbClr val="0563C1"/></a:hlink>
              <a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
            </a:clrScheme>
            <a:fontScheme name="GoOverview">
              <a:majorFont><a:latin typeface="{fontFamily}"/><a:ea typeface="{fontFamily}" pitchFamily="34" charset="-122"/><a:cs typeface=""/>{ScriptFallbacks}</a:majorFont>
              <a:minorFont><a:latin typeface="{fontFamily}"/><a:ea typeface="{fontFamily}" pitchFamily="34" charset="-122"/><a:cs typeface=""/>{ScriptFallbacks}</a:minorFont>
            </a:fontScheme>
            <a:fmtScheme name="GoOverview">
              <a:fillStyleLst>
                <a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
                <a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill>
                <a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill>
              </a:fillStyleLst>
              <a:lnStyleLst>
                <a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>
                <a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>
                <a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>
              </a:lnStyleLst>
              <a:effectStyleLst>
                <a:effectStyle><a:effectLst/></a:effectStyle>
                <a:effectStyle><a:effectLst/></a:effectStyle>
                <a:effectStyle><a:effectLst/></a:effectStyle>
              </a:effectStyleLst>
              <a:bgFillStyleLst>
                <a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
                <a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill>
                <a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill>
              </a:bgFillStyleLst>
            </a:fmtScheme>
          </a:themeElements>
          <a:objectDefaults/>
          <a:extraClrSchemeLst/>
        </a:theme>
        """;
}
