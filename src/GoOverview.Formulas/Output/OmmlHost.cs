namespace GoOverview.Formulas.Output;

/// <summary>
/// What the document around an equation needs inside each OMML run: Word puts a w:rPr there, PowerPoint an a:rPr.
/// The fragments use <see cref="Prefix"/>, which the writer declares on the equation's root element.
/// </summary>
/// <param name="MathRunProperties">Properties of math runs (the math font), e.g. &lt;w:rPr&gt;…&lt;/w:rPr&gt;.</param>
/// <param name="TextRunProperties">Properties of \text runs (the CJK text face).</param>
/// <param name="CodeRunProperties">Properties of unsupported TeX shown verbatim (a monospaced face).</param>
public sealed record OmmlHost(string Prefix, string NamespaceUri, string MathRunProperties, string TextRunProperties, string CodeRunProperties);
