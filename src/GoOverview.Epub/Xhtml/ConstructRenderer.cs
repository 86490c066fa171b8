using GoOverview.Epub.Navigation;
using GoOverview.Epub.Styling;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>Callouts as &lt;aside&gt;, tab sets as labelled sections, &lt;dl&gt;, page breaks (CSS, no new chapter), an inline TOC.</summary>
internal sealed partial class BlockRenderer
{
    private void WriteCallout(Callout callout)
    {
        var style = CalloutStyles.For(callout.Kind);
        Out.Start("aside");
        Out.EpubType(EpubTypeOf(callout.Kind));
        Out.Attr("class", "callout callout-" + style.Name);
        Out.NewLine();
        Out.Start("p");
        Out.Attr("class", "callout-title");
        _inlines.Write(CalloutStyles.Heading(callout, scope.Book.Words));
        Out.End("p");
        Out.NewLine();
        Write(callout.Blocks);
        Out.End("aside");
    }

    /// <summary>EPUB structural semantics: "tip" for tips, "warning" for warnings and cautions, "notice" for the rest.</summary>
    private static string EpubTypeOf(CalloutKind kind) => kind switch
    {
        CalloutKind.Tip => "tip",
        CalloutKind.Warning or CalloutKind.Caution => "warning",
        _ => "notice",
    };

    private void WriteTabSet(TabSet set)
    {
        Out.Start("div");
        Out.Attr("class", "tabs");
        Out.NewLine();
        foreach (var tab in set.Tabs)
        {
            Out.Start("section");
            Out.Attr("class", "tab");
            Out.NewLine();
            Out.Start("p");
            Out.Attr("class", "tab-label");
            _inlines.Write(tab.Label);
            Out.End("p");
            Out.NewLine();
            Write(tab.Blocks);
            Out.End("section");
            Out.NewLine();
        }
        Out.End("div");
    }

    private void WriteDefinitions(DefinitionList list)
    {
        Out.Start("dl");
        Out.NewLine();
        foreach (var item in list.Items)
        {
            foreach (var term in item.Terms)
            {
                Out.Start("dt");
                _inlines.Write(term);
                Out.End("dt");
                Out.NewLine();
            }
            foreach (var definition in item.Definitions)
            {
                Out.Start("dd");
                Write(definition);
                Out.End("dd");
                Out.NewLine();
            }
        }
        Out.End("dl");
    }

    private void WritePageBreak()
    {
        Out.Start("div");
        Out.Attr("class", "page-break");
        Out.End("div");
    }

    /// <summary>The book's heading tree as a list of links, where the source wrote [toc].</summary>
    private void WriteInlineToc()
    {
        Out.Start("nav");
        Out.Attr("class", "inline-toc");
        Out.NewLine();
        Out.Start("p");
        Out.Attr("class", "toc-title");
        Out.Text(scope.Book.Words.Contents);
        Out.End("p");
        Out.NewLine();
        WriteTocList(TocBuilder.Build(scope.Book.Plan, untitled: scope.Book.Words.NoTitle));
        Out.End("nav");
    }

    private void WriteTocList(System.Collections.Immutable.ImmutableArray<TocEntry> entries)
    {
        Out.Start("ol");
        Out.NewLine();
        foreach (var entry in entries)
        {
            Out.Start("li");
            Out.Start("a");
            Out.Attr("href", BookPaths.FromText(entry.Href));
            Out.Text(entry.Text);
            Out.End("a");
            if (entry.Children.Length > 0) WriteTocList(entry.Children);
            Out.End("li");
            Out.NewLine();
        }
        Out.End("ol");
    }
}
