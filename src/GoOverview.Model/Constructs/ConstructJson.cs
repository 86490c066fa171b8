using System.Collections.Immutable;
using System.Text.Json;

namespace GoOverview.Model;

/// <summary>The JSON fields of callouts, tab sets and definition lists (for <see cref="ModelJson"/>).</summary>
internal static class ConstructJson
{
    public static void Write(Utf8JsonWriter w, Block block, Action<Utf8JsonWriter, ImmutableArray<Block>> blocks,
        Action<Utf8JsonWriter, ImmutableArray<Inline>> inlines)
    {
        switch (block)
        {
            case Callout c:
                w.WriteString("kind", CalloutStyles.For(c.Kind).Name);
                if (c.Collapsible) w.WriteBoolean("collapsible", true);
                w.WritePropertyName("title");
                inlines(w, c.Title.IsDefault ? [] : c.Title);
                w.WritePropertyName("c");
                blocks(w, c.Blocks);
                break;
            case TabSet t:
                w.WriteStartArray("tabs");
                foreach (var tab in t.Tabs)
                {
                    w.WriteStartObject();
                    w.WritePropertyName("label");
                    inlines(w, tab.Label);
                    w.WritePropertyName("c");
                    blocks(w, tab.Blocks);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case DefinitionList d:
                w.WriteStartArray("items");
                foreach (var item in d.Items)
                {
                    w.WriteStartObject();
                    w.WriteStartArray("terms");
                    foreach (var term in item.Terms) inlines(w, term);
                    w.WriteEndArray();
                    w.WriteStartArray("definitions");
                    foreach (var definition in item.Definitions) blocks(w, definition);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
        }
    }
}
