using System.Buffers.Binary;
using System.Text;

namespace GoOverview.TestSupport;

/// <summary>Reads a TrueType font's GSUB feature tags straight from its bytes (an independent reader of our subsets).</summary>
public static class OpenTypeFeatures
{
    /// <summary>The feature tags in the font's GSUB FeatureList (empty without GSUB).</summary>
    public static HashSet<string> Gsub(byte[] font)
    {
        var span = font.AsSpan();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (var i = 0; i < tables; i++)
        {
            var record = span[(12 + 16 * i)..];
            if (Encoding.ASCII.GetString(record[..4]) != "GSUB") continue;
            var gsub = span[(int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])..];
            var featureList = gsub[BinaryPrimitives.ReadUInt16BigEndian(gsub[6..])..];
            var count = BinaryPrimitives.ReadUInt16BigEndian(featureList);
            var tags = new HashSet<string>(StringComparer.Ordinal);
            for (var f = 0; f < count; f++) tags.Add(Encoding.ASCII.GetString(featureList.Slice(2 + 6 * f, 4)));
            return tags;
        }
        return [];
    }
}
