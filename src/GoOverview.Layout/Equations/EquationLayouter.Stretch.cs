using GoOverview.Formulas.Tree;
using HarfBuzzSharp;

namespace GoOverview.Layout.Equations;

public sealed partial class EquationLayouter
{
    private MathBox Delimited(MathDelimited delimited, MathStyle style)
    {
        var body = Node(delimited.Body, style);
        var size = Size(style);
        var axis = C(OpenTypeMathConstant.AxisHeight, size);
        var half = System.Math.Max(body.Ascent - axis, body.Descent + axis);
        // TeX's \delimiterfactor 901 and \delimitershortfall 5pt.
        var target = System.Math.Max(2 * half * 0.901f, 2 * half - 0.5f * size);
        var open = Stretch(delimited.Open, target, size, vertical: true);
        var close = Stretch(delimited.Close, target, size, vertical: true);
        var box = new MathBox { Class = SpacingClass.Inner };
        box.Place(open, 0, 0);
        box.Place(body, open.Width, 0);
        box.Place(close, open.Width + body.Width, 0);
        box.Width = open.Width + body.Width + close.Width;
        return box;
    }

    /// <summary>
    /// A delimiter, radical sign, brace or arrow at least <paramref name="target"/> points long: the base glyph, the
    /// first MATH size variant that is long enough, or a glyph assembly; the largest variant when nothing reaches.
    /// </summary>
    private MathBox Stretch(string text, float target, float size, bool vertical, bool centerOnAxis = true)
    {
        if (text.Length == 0) return new MathBox { Width = 0.12f * size, Class = SpacingClass.Ord };
        if (!Face.TryGetGlyph(char.ConvertToUtf32(text, 0), out var glyph)) return Text(text, null, size);

        MathBox? chosen = null;
        var baseBox = GlyphBox(glyph, size);
        if ((vertical ? baseBox.Height : baseBox.Width) >= target) chosen = baseBox;
        if (chosen is null)
        {
            var variants = Face.Variants(glyph, vertical);
            foreach (var variant in variants)
            {
                if (Units(variant.Advance, size) < target) continue;
                chosen = GlyphBox((ushort)variant.Glyph, size);
                break;
            }
            if (chosen is null)
            {
                var parts = Face.Assembly(glyph, vertical);
                if (parts.Length > 0) chosen = Assemble(parts, target, size, vertical);
                else if (variants.Length > 0) chosen = GlyphBox((ushort)variants[^1].Glyph, size);
                else chosen = baseBox;
            }
        }
        chosen.IsSingleGlyph = false;
        if (!vertical || !centerOnAxis) return chosen;
        return CenterOnAxis(chosen, size);
    }

    /// <summary>
    /// Builds a stretched glyph from its parts (bottom-to-top or left-to-right), repeating the extenders as often as
    /// needed and spreading the overlap between connectors so the result is exactly as long as the target where it can.
    /// </summary>
    private MathBox Assemble(MathTableInterop.GlyphPart[] parts, float target, float size, bool vertical)
    {
        var minOverlap = Units(Face.MinConnectorOverlap(vertical), size);
        if (!vertical)
        {
            // Stepping by the ink, the minimum overlap leaves notches where the parts' rounded ends meet (visible in
            // print): overlap half the shortest connector instead.
            var connectors = parts.SelectMany(p => new[] { p.StartConnectorLength, p.EndConnectorLength }).Where(c => c > 0).ToList();
            if (connectors.Count > 0) minOverlap = System.Math.Max(minOverlap, Units(connectors.Min(), size) / 2);
        }
        var sequence = new List<MathTableInterop.GlyphPart>();
        // Some fonts give horizontal parts a full advance longer than their ink, which leaves gaps between
        // repeated extenders: step by the ink then.
        float Step(MathTableInterop.GlyphPart part)
        {
            var advance = Units(part.FullAdvance, size);
            if (vertical) return advance;
            var ink = Units(Face.Ink((ushort)part.Glyph).Width, size);
            return ink > 0 ? System.Math.Min(advance, ink) : advance;
        }
        float Length(List<MathTableInterop.GlyphPart> list, float overlap) =>
            list.Sum(Step) - overlap * System.Math.Max(0, list.Count - 1);
        for (var repeats = 0; repeats <= 64; repeats++)
        {
            sequence.Clear();
            foreach (var part in parts)
            {
                var times = (part.Flags & 1) != 0 ? repeats : 1;
                for (var i = 0; i < times; i++) sequence.Add(part);
            }
            if (Length(sequence, minOverlap) >= target) break;
        }
        // Largest overlap the connectors allow; use as much of it as keeps us at or above the target.
        var maxOverlap = float.MaxValue;
        for (var i = 1; i < sequence.Count; i++)
            maxOverlap = System.Math.Min(maxOverlap, Units(System.Math.Min(sequence[i - 1].EndConnectorLength, sequence[i].StartConnectorLength), size));
        var overlap = minOverlap;
        if (sequence.Count > 1 && maxOverlap > minOverlap)
        {
            var excess = Length(sequence, minOverlap) - target;
            overlap = System.Math.Clamp(minOverlap + excess / (sequence.Count - 1), minOverlap, maxOverlap);
        }

        var box = new MathBox();
        var cursor = 0f;
        foreach (var part in sequence)
        {
            var glyph = (ushort)part.Glyph;
            var piece = GlyphBox(glyph, size);
            if (vertical)
            {
                // Stack bottom-up: each part's ink bottom at the cursor.
                box.Place(piece, 0, cursor + piece.Descent);
                box.Width = System.Math.Max(box.Width, piece.Width);
            }
            else
            {
                // Side by side: each part's ink left edge at the cursor.
                box.Place(piece, cursor - Units(Face.Ink(glyph).Left, size), 0);
            }
            cursor += Step(part) - overlap;
        }
        if (vertical)
        {
            // Parts were stacked from y = 0 upward; move the whole assembly so its bottom is at −depth = 0 … the
            // caller centres it on the axis or aligns its top.
            var total = cursor + overlap;
            var moved = new MathBox { Width = box.Width };
            moved.Place(box, 0, 0);
            moved.Ascent = System.Math.Max(moved.Ascent, total);
            return moved;
        }
        box.Width = cursor + overlap;
        return box;
    }

    private MathBox Accent(MathAccent accent, MathStyle style)
    {
        var body = Node(accent.Base, style.Cramp);
        var size = Size(style);
        var mark = GoOverview.Formulas.Output.MathAccents.Combining(accent.Accent);
        if (!Face.TryGetGlyph(mark, out var glyph)) return body;
        MathBox accentBox;
        float attachment;
        if (accent.Stretchy && body.Width > 0)
        {
            accentBox = Stretch(char.ConvertFromUtf32(mark), body.Width, size, vertical: false);
            attachment = accentBox.Width / 2;
            var (inkLeft, inkWidth, _, _) = Face.Ink(glyph);
            if (accentBox.Width == 0) attachment = Units(inkLeft + inkWidth / 2, size);
        }
        else
        {
            accentBox = GlyphBox(glyph, size);
            var ink = Face.Ink(glyph);
            var advance = Face.Advance(glyph);
            var attach = Face.TopAccentAttachment(glyph);
            attachment = advance == 0 || attach == advance / 2 ? Units(ink.Left + ink.Width / 2, size) : Units(attach, size);
        }
        var baseAttachment = body.IsSingleGlyph && body.TopAccent is { } topAccent ? topAccent : body.Width / 2;
        var lift = System.Math.Max(0, body.Ascent - C(OpenTypeMathConstant.AccentBaseHeight, size));
        var box = new MathBox { Width = body.Width, Class = body.Class, Italic = body.Italic };
        box.Place(body, 0, 0);
        box.Place(accentBox, baseAttachment - attachment, lift);
        return box;
    }

    private MathBox OverUnder(MathOverUnder node, MathStyle style)
    {
        var body = Node(node.Base, node.Kind == MathOverUnderKind.Overline ? style.Cramp : style);
        var size = Size(style);
        var box = new MathBox { Width = body.Width, Class = body.Class };
        box.Place(body, 0, 0);
        switch (node.Kind)
        {
            case MathOverUnderKind.Overline:
            {
                var thickness = C(OpenTypeMathConstant.OverbarRuleThickness, size);
                var bottom = body.Ascent + C(OpenTypeMathConstant.OverbarVerticalGap, size);
                box.AddRule(0, bottom, body.Width, thickness);
                box.Ascent = System.Math.Max(box.Ascent, bottom + thickness + C(OpenTypeMathConstant.OverbarExtraAscender, size));
                return box;
            }
            case MathOverUnderKind.Underline:
            {
                var thickness = C(OpenTypeMathConstant.UnderbarRuleThickness, size);
                var top = -body.Descent - C(OpenTypeMathConstant.UnderbarVerticalGap, size);
                box.AddRule(0, top - thickness, body.Width, thickness);
                box.Descent = System.Math.Max(box.Descent, thickness - top + C(OpenTypeMathConstant.UnderbarExtraDescender, size));
                return box;
            }
            case MathOverUnderKind.Overbrace or MathOverUnderKind.Underbrace:
            {
                var over = node.Kind == MathOverUnderKind.Overbrace;
                var brace = Stretch(over ? "⏞" : "⏟", body.Width, size, vertical: false);
                // A brace over or under its base is a stretch stack: the MATH table's stack gap, at least 0.15 em, keeps it off the ink.
                var gap = System.Math.Max(0.15f * size,
                    C(over ? OpenTypeMathConstant.StretchStackGapBelowMin : OpenTypeMathConstant.StretchStackGapAboveMin, size));
                var braced = new MathBox { Width = System.Math.Max(body.Width, brace.Width), Class = body.Class };
                braced.Place(body, (braced.Width - body.Width) / 2, 0);
                if (over) braced.Place(brace, (braced.Width - brace.Width) / 2, body.Ascent + gap + brace.Descent);
                else braced.Place(brace, (braced.Width - brace.Width) / 2, -(body.Descent + gap + brace.Ascent));
                if (node.Annotation is null) return braced;
                var annotation = Node(node.Annotation, style.Superscript);
                return over ? Limits(braced, null, annotation, style) : Limits(braced, annotation, null, style);
            }
            default:
            {
                var annotation = Node(node.Annotation ?? MathRow.Empty, style.Superscript);
                return node.Kind == MathOverUnderKind.Over ? Limits(body, null, annotation, style) : Limits(body, annotation, null, style);
            }
        }
    }
}
