using System.Xml.Linq;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>A p:pic: the picture stretched into its planned box (aspect kept by the planner), with alt text (descr).</summary>
internal static class PictureXml
{
    private static readonly XNamespace A = Ns.A;
    private static readonly XNamespace P = Ns.P;

    public static XElement Picture(int id, SlidePicture picture, string relationshipId, Box box, string description) =>
        Picture(id, relationshipId, box, description);

    public static XElement Picture(int id, string relationshipId, Box box, string description) =>
        new(P + "pic",
            new XElement(P + "nvPicPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Picture {id - 1}"), new XAttribute("descr", description)),
                new XElement(P + "cNvPicPr", new XElement(A + "picLocks", new XAttribute("noChangeAspect", "1"))),
                new XElement(P + "nvPr")),
            new XElement(P + "blipFill",
                new XElement(A + "blip", new XAttribute(Ns.R + "embed", relationshipId)),
                new XElement(A + "stretch", new XElement(A + "fillRect"))),
            new XElement(P + "spPr",
                ShapeXml.Transform(box),
                new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst"))));
}
