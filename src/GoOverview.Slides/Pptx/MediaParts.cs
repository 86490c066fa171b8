using GoOverview.Export.Packaging;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Pptx.Package;

namespace GoOverview.Slides.Pptx;

/// <summary>Picture parts (/ppt/media/imageN.png …): one per distinct picture, however many slides show it.</summary>
internal sealed class MediaParts(OpcPackage package)
{
    private readonly Dictionary<byte[], OpcPart> _parts = new(ReferenceEqualityComparer.Instance);

    public OpcPart PartFor(SlidePicture picture)
    {
        if (_parts.TryGetValue(picture.Data, out var part)) return part;
        var extension = picture.MediaType switch { "image/jpeg" => "jpeg", "image/gif" => "gif", _ => "png" };
        part = package.AddNumbered("/ppt/media/image{0}." + extension, picture.MediaType);
        part.Data = picture.Data;
        _parts[picture.Data] = part;
        return part;
    }

    /// <summary>A part for a PNG drawn for this deck (a text box's fallback picture).</summary>
    public OpcPart PartFor(byte[] png)
    {
        var part = package.AddNumbered("/ppt/media/image{0}.png", "image/png");
        part.Data = png;
        return part;
    }
}
