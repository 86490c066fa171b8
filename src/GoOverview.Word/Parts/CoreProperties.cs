using DocumentFormat.OpenXml.Packaging;
using GoOverview.Model;

namespace GoOverview.Word.Parts;

/// <summary>docProps/core.xml: title, creator, language, description, keywords and the build's fixed timestamp.</summary>
internal static class CoreProperties
{
    public static void Write(WordprocessingDocument package, WordBuild build, string title)
    {
        var m = build.Document.Metadata;
        var properties = package.PackageProperties;
        properties.Title = build.Clean(title, null);
        if (m.Authors.Length > 0) properties.Creator = build.Clean(string.Join("; ", m.Authors), null);
        properties.Language = m.Lang.Length > 0 ? m.Lang : Metadata.DefaultLang;
        if (m.Description.Length > 0) properties.Description = build.Clean(m.Description, null);
        if (m.Subtitle.Length > 0) properties.Subject = build.Clean(m.Subtitle, null);
        if (m.Keywords.Length > 0) properties.Keywords = build.Clean(string.Join(", ", m.Keywords), null);
        properties.Created = build.Context.Timestamp.UtcDateTime;
        properties.Modified = build.Context.Timestamp.UtcDateTime;
    }
}
