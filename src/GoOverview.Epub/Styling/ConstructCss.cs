using System.Text;
using GoOverview.Model;

namespace GoOverview.Epub.Styling;

/// <summary>Rules for callouts (colours from the shared table), tabs, definition lists and page breaks — only for books that use them.</summary>
internal static class ConstructCss
{
    public static string For(Document document)
    {
        var used = DocumentWalker.AllBlocks(document).Where(b => b is Callout or TabSet or DefinitionList or PageBreak or TableOfContents).ToList();
        if (used.Count == 0) return "";
        var sb = new StringBuilder("/* Callouts, tabs, definition lists, page breaks. */\n");
        sb.Append("aside.callout { margin: 1em 0; padding: 0.5em 0.9em; border-left: 0.25em solid #888; border-radius: 0.2em; }\n")
          .Append("aside.callout p.callout-title { font-weight: bold; margin: 0 0 0.3em 0; text-indent: 0; }\n")
          .Append("aside.callout > :last-child { margin-bottom: 0; }\n");
        foreach (var style in CalloutStyles.All)
        {
            sb.Append($"aside.callout-{style.Name} {{ border-left-color: #{style.Accent.ToHex()}; background-color: #{style.Tint.ToHex()}; }}\n")
              .Append($"aside.callout-{style.Name} p.callout-title {{ color: #{style.Accent.ToHex()}; }}\n");
        }
        sb.Append("div.tabs { margin: 1em 0; }\n")
          .Append("p.tab-label { font-weight: bold; font-size: 0.9em; color: #1D4F91; margin: 0.9em 0 0.3em 0; text-indent: 0; border-bottom: 1px solid #C3C8CF; }\n")
          .Append("dl { margin: 0.8em 0; }\n")
          .Append("dt { font-weight: bold; margin-top: 0.6em; }\n")
          .Append("dd { margin: 0.2em 0 0.4em 2em; }\n")
          .Append("div.page-break { page-break-before: always; break-before: page; height: 0; margin: 0; }\n")
          .Append("nav.inline-toc ol { list-style-type: none; padding-left: 1.2em; }\n")
          .Append("nav.inline-toc p.toc-title { font-weight: bold; font-size: 1.2em; text-indent: 0; }\n");
        return sb.ToString();
    }
}
