namespace GoOverview.Model;

/// <summary>
/// Speaker notes written in the source ("&lt;!-- notes: … --&gt;", a "::: notes" block, or a Marp-style comment): slides
/// add the text to the notes of the slide before it; the other formats show nothing.
/// </summary>
public sealed record SpeakerNotes(string Text) : Block;
