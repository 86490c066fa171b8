namespace GoOverview.Export.Packaging;

/// <summary>A relationship of a part (or of the package): Target is a part name ("/ppt/slides/slide1.xml") or, when External, a URI.</summary>
public sealed record OpcRelationship(string Id, string Type, string Target, bool External);
