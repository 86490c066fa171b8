using System.Collections.Frozen;
using GoOverview.Formulas.Tree;

namespace GoOverview.Formulas.Parsing;

/// <summary>The commands that stand for one symbol: Greek, operators, relations, arrows, delimiters, functions.</summary>
internal static class TexSymbols
{
    public static readonly FrozenDictionary<string, (MathAtomKind Kind, string Text)> Symbols = Build();

    /// <summary>Function names set upright (\sin, \log, \lim).</summary>
    public static readonly FrozenSet<string> Functions = FrozenSet.Create(StringComparer.Ordinal,
        "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "det", "dim", "exp", "gcd",
        "hom", "inf", "ker", "lg", "lim", "liminf", "limsup", "ln", "log", "max", "min", "Pr", "sec", "sin", "sinh",
        "sup", "tan", "tanh", "argmax", "argmin");

    /// <summary>Delimiters usable after \left, \right, \big …: the TeX spelling → the character ("" for ".").</summary>
    public static readonly FrozenDictionary<string, string> Delimiters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["("] = "(", [")"] = ")", ["["] = "[", ["]"] = "]", ["\\{"] = "{", ["\\}"] = "}", ["\\lbrace"] = "{",
        ["\\rbrace"] = "}", ["|"] = "|", ["\\|"] = "‖", ["\\vert"] = "|", ["\\Vert"] = "‖", ["\\lvert"] = "|",
        ["\\rvert"] = "|", ["\\lVert"] = "‖", ["\\rVert"] = "‖", ["\\langle"] = "⟨", ["\\rangle"] = "⟩",
        ["<"] = "⟨", [">"] = "⟩", ["\\lfloor"] = "⌊", ["\\rfloor"] = "⌋", ["\\lceil"] = "⌈", ["\\rceil"] = "⌉",
        ["/"] = "/", ["\\backslash"] = "\\", ["."] = "", ["\\uparrow"] = "↑", ["\\downarrow"] = "↓",
        ["\\lbrack"] = "[", ["\\rbrack"] = "]",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>\big and friends: the delimiter height in em.</summary>
    public static readonly FrozenDictionary<string, double> DelimiterSizes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["big"] = 1.2, ["bigl"] = 1.2, ["bigr"] = 1.2, ["bigm"] = 1.2,
        ["Big"] = 1.8, ["Bigl"] = 1.8, ["Bigr"] = 1.8, ["Bigm"] = 1.8,
        ["bigg"] = 2.4, ["biggl"] = 2.4, ["biggr"] = 2.4, ["biggm"] = 2.4,
        ["Bigg"] = 3.0, ["Biggl"] = 3.0, ["Biggr"] = 3.0, ["Biggm"] = 3.0,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Spacing commands in em (mu / 18).</summary>
    public static readonly FrozenDictionary<string, double> Spaces = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [","] = 3.0 / 18, ["thinspace"] = 3.0 / 18, [":"] = 4.0 / 18, [">"] = 4.0 / 18, ["medspace"] = 4.0 / 18,
        [";"] = 5.0 / 18, ["thickspace"] = 5.0 / 18, ["!"] = -3.0 / 18, ["negthinspace"] = -3.0 / 18,
        ["quad"] = 1, ["qquad"] = 2, [" "] = 0.25, ["enspace"] = 0.5,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Accents: command → (combining-free accent character, stretchy).</summary>
    public static readonly FrozenDictionary<string, (string Accent, bool Stretchy)> Accents = new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
    {
        ["hat"] = ("^", false), ["widehat"] = ("^", true), ["check"] = ("ˇ", false), ["tilde"] = ("~", false),
        ["widetilde"] = ("~", true), ["acute"] = ("´", false), ["grave"] = ("`", false), ["dot"] = ("˙", false),
        ["ddot"] = ("¨", false), ["breve"] = ("˘", false), ["bar"] = ("¯", false), ["vec"] = ("→", false),
        ["overrightarrow"] = ("→", true), ["overleftarrow"] = ("←", true), ["mathring"] = ("˚", false),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenDictionary<string, (MathAtomKind, string)> Build()
    {
        var table = new Dictionary<string, (MathAtomKind, string)>(StringComparer.Ordinal);
        void Add(MathAtomKind kind, string pairs)
        {
            foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', 1);
                table[pair[..equals]] = (kind, pair[(equals + 1)..]);
            }
        }

        Add(MathAtomKind.Identifier,
            "alpha=α beta=β gamma=γ delta=δ epsilon=ϵ varepsilon=ε zeta=ζ eta=η theta=θ vartheta=ϑ iota=ι kappa=κ " +
            "lambda=λ mu=μ nu=ν xi=ξ omicron=ο pi=π varpi=ϖ rho=ρ varrho=ϱ sigma=σ varsigma=ς tau=τ upsilon=υ " +
            "phi=ϕ varphi=φ chi=χ psi=ψ omega=ω");
        // Capital Greek is upright in TeX; Ordinary keeps it so.
        Add(MathAtomKind.Ordinary,
            "Gamma=Γ Delta=Δ Theta=Θ Lambda=Λ Xi=Ξ Pi=Π Sigma=Σ Upsilon=Υ Phi=Φ Psi=Ψ Omega=Ω " +
            "infty=∞ partial=∂ nabla=∇ forall=∀ exists=∃ nexists=∄ emptyset=∅ varnothing=∅ neg=¬ lnot=¬ " +
            "angle=∠ triangle=△ ldots=… cdots=⋯ vdots=⋮ ddots=⋱ dots=… prime=′ hbar=ℏ ell=ℓ aleph=ℵ Re=ℜ Im=ℑ " +
            "wp=℘ top=⊤ bot=⊥ degree=° circ=∘ surd=√ checkmark=✓ clubsuit=♣ diamondsuit=♢ heartsuit=♡ " +
            "spadesuit=♠ sharp=♯ flat=♭ natural=♮ imath=ı jmath=ȷ %=% $=$ #=# &=& _=_ therefore=∴ because=∵ " +
            "square=□ Box=□ blacksquare=■ backslash=\\ vert=| Vert=‖ |=‖");
        Add(MathAtomKind.Open, "{={ lbrace={ langle=⟨ lfloor=⌊ lceil=⌈ lvert=| lVert=‖ lbrack=[");
        Add(MathAtomKind.Close, "}=} rbrace=} rangle=⟩ rfloor=⌋ rceil=⌉ rvert=| rVert=‖ rbrack=]");
        Add(MathAtomKind.LargeOperator,
            "sum=∑ prod=∏ coprod=∐ int=∫ iint=∬ iiint=∭ oint=∮ bigcup=⋃ bigcap=⋂ bigoplus=⨁ bigotimes=⨂ " +
            "bigodot=⨀ biguplus=⨄ bigsqcup=⨆ bigvee=⋁ bigwedge=⋀");
        Add(MathAtomKind.Binary,
            "cdot=⋅ times=× div=÷ pm=± mp=∓ cup=∪ cap=∩ setminus=∖ wedge=∧ land=∧ vee=∨ lor=∨ oplus=⊕ " +
            "ominus=⊖ otimes=⊗ oslash=⊘ odot=⊙ bullet=∙ ast=∗ star=⋆ uplus=⊎ sqcup=⊔ sqcap=⊓ amalg=⨿ " +
            "diamond=⋄ bigtriangleup=△ bigtriangledown=▽ dagger=† ddagger=‡ wr=≀");
        Add(MathAtomKind.Relation,
            "le=≤ leq=≤ ge=≥ geq=≥ ne=≠ neq=≠ approx=≈ equiv=≡ sim=∼ simeq=≃ cong=≅ propto=∝ in=∈ notin=∉ " +
            "ni=∋ subset=⊂ subseteq=⊆ supset=⊃ supseteq=⊇ subsetneq=⊊ supsetneq=⊋ to=→ rightarrow=→ " +
            "leftarrow=← gets=← Rightarrow=⇒ Leftarrow=⇐ leftrightarrow=↔ Leftrightarrow=⇔ iff=⟺ implies=⟹ " +
            "impliedby=⟸ mapsto=↦ longrightarrow=⟶ longleftarrow=⟵ Longrightarrow=⟹ Longleftarrow=⟸ " +
            "longmapsto=⟼ uparrow=↑ downarrow=↓ Uparrow=⇑ Downarrow=⇓ updownarrow=↕ nearrow=↗ searrow=↘ " +
            "swarrow=↙ nwarrow=↖ hookrightarrow=↪ hookleftarrow=↩ rightleftharpoons=⇌ ll=≪ gg=≫ lll=⋘ ggg=⋙ " +
            "perp=⊥ parallel=∥ mid=∣ nmid=∤ models=⊨ vdash=⊢ dashv=⊣ prec=≺ succ=≻ preceq=⪯ succeq=⪰ " +
            "lt=< gt=> leqslant=⩽ geqslant=⩾ asymp=≍ doteq=≐ triangleq=≜ coloneqq=≔ sqsubseteq=⊑ " +
            "sqsupseteq=⊒ lesssim=≲ gtrsim=≳ nsubseteq=⊈ nleq=≰ ngeq=≱ sim=∼ bowtie=⋈ smile=⌣ frown=⌢");
        Add(MathAtomKind.Punctuation, "colon=: ldotp=. cdotp=·");
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
