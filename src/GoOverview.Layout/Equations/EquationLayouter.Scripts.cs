using GoOverview.Formulas.Tree;
using HarfBuzzSharp;

namespace GoOverview.Layout.Equations;

public sealed partial class EquationLayouter
{
    private MathBox Scripts(MathScripts scripts, MathStyle style)
    {
        var baseBox = Node(scripts.Base, style);
        if (scripts.Sub is null && scripts.Sup is null) return baseBox;
        var sup = scripts.Sup is null ? null : Node(scripts.Sup, style.Superscript);
        var sub = scripts.Sub is null ? null : Node(scripts.Sub, style.Subscript);
        return scripts.LimitsAt(style.IsDisplay) ? Limits(baseBox, sub, sup, style) : Attach(baseBox, sub, sup, style, scripts.Base);
    }

    private MathBox Attach(MathBox baseBox, MathBox? sub, MathBox? sup, MathStyle style, MathNode baseNode)
    {
        var size = Size(style);
        // A single character's scripts sit at fixed shifts; a compound base pushes them by its own height/depth.
        var isCharacter = baseBox.IsSingleGlyph && baseNode is MathAtom { Kind: not MathAtomKind.LargeOperator };
        var up = 0f;
        var down = 0f;
        if (sup is not null)
        {
            up = System.Math.Max(C(style.Cramped ? OpenTypeMathConstant.SuperscriptShiftUpCramped : OpenTypeMathConstant.SuperscriptShiftUp, size),
                sup.Descent + C(OpenTypeMathConstant.SuperscriptBottomMin, size));
            if (!isCharacter) up = System.Math.Max(up, baseBox.Ascent - C(OpenTypeMathConstant.SuperscriptBaselineDropMax, size));
        }
        if (sub is not null)
        {
            down = System.Math.Max(C(OpenTypeMathConstant.SubscriptShiftDown, size),
                sub.Ascent - C(OpenTypeMathConstant.SubscriptTopMax, size));
            if (!isCharacter) down = System.Math.Max(down, baseBox.Descent + C(OpenTypeMathConstant.SubscriptBaselineDropMin, size));
        }
        if (sup is not null && sub is not null)
        {
            var gap = up - sup.Descent - (sub.Ascent - down);
            var minimum = C(OpenTypeMathConstant.SubSuperscriptGapMin, size);
            if (gap < minimum)
            {
                down += minimum - gap;
                var supBottomMax = C(OpenTypeMathConstant.SuperscriptBottomMaxWithSubscript, size);
                var lift = supBottomMax - (up - sup.Descent);
                if (lift > 0) { up += lift; down -= lift; }
            }
        }

        var box = new MathBox { Class = baseBox.Class };
        box.Place(baseBox, 0, 0);
        var isOperator = baseNode is MathAtom { Kind: MathAtomKind.LargeOperator };
        var supX = baseBox.Width + baseBox.Italic;
        var subX = baseBox.Width - (isOperator ? baseBox.Italic : 0);
        var right = baseBox.Width;
        if (sup is not null) { box.Place(sup, supX, up); right = System.Math.Max(right, supX + sup.Width); }
        if (sub is not null) { box.Place(sub, subX, -down); right = System.Math.Max(right, subX + sub.Width); }
        box.Width = right + C(OpenTypeMathConstant.SpaceAfterScript, size);
        return box;
    }

    private MathBox Limits(MathBox baseBox, MathBox? sub, MathBox? sup, MathStyle style)
    {
        var size = Size(style);
        var width = System.Math.Max(baseBox.Width, System.Math.Max(sub?.Width ?? 0, sup?.Width ?? 0));
        var box = new MathBox { Class = baseBox.Class, Width = width };
        box.Place(baseBox, (width - baseBox.Width) / 2, 0);
        if (sup is not null)
        {
            var rise = baseBox.Ascent + System.Math.Max(C(OpenTypeMathConstant.UpperLimitBaselineRiseMin, size),
                C(OpenTypeMathConstant.UpperLimitGapMin, size) + sup.Descent);
            box.Place(sup, (width - sup.Width) / 2 + baseBox.Italic / 2, rise);
        }
        if (sub is not null)
        {
            var drop = baseBox.Descent + System.Math.Max(C(OpenTypeMathConstant.LowerLimitBaselineDropMin, size),
                C(OpenTypeMathConstant.LowerLimitGapMin, size) + sub.Ascent);
            box.Place(sub, (width - sub.Width) / 2 - baseBox.Italic / 2, -drop);
        }
        return box;
    }

    private MathBox Fraction(MathFraction fraction, MathStyle style)
    {
        var effective = fraction.Style switch
        {
            MathFractionStyle.Display => MathStyle.Display,
            MathFractionStyle.Text => style.IsDisplay ? MathStyle.Text : style,
            _ => style,
        };
        var numerator = Node(fraction.Numerator, effective.Numerator);
        var denominator = Node(fraction.Denominator, effective.Denominator);
        var size = Size(effective);
        var axis = C(OpenTypeMathConstant.AxisHeight, size);
        var display = effective.IsDisplay;
        float up, down;
        var thickness = fraction.HasBar ? C(OpenTypeMathConstant.FractionRuleThickness, size) : 0;
        if (fraction.HasBar)
        {
            up = C(display ? OpenTypeMathConstant.FractionNumeratorDisplayStyleShiftUp : OpenTypeMathConstant.FractionNumeratorShiftUp, size);
            down = C(display ? OpenTypeMathConstant.FractionDenominatorDisplayStyleShiftDown : OpenTypeMathConstant.FractionDenominatorShiftDown, size);
            var numeratorGap = C(display ? OpenTypeMathConstant.FractionNumDisplayStyleGapMin : OpenTypeMathConstant.FractionNumeratorGapMin, size);
            var denominatorGap = C(display ? OpenTypeMathConstant.FractionDenomDisplayStyleGapMin : OpenTypeMathConstant.FractionDenominatorGapMin, size);
            up = System.Math.Max(up, axis + thickness / 2 + numeratorGap + numerator.Descent);
            down = System.Math.Max(down, denominator.Ascent + denominatorGap + thickness / 2 - axis);
        }
        else
        {
            up = C(display ? OpenTypeMathConstant.StackTopDisplayStyleShiftUp : OpenTypeMathConstant.StackTopShiftUp, size);
            down = C(display ? OpenTypeMathConstant.StackBottomDisplayStyleShiftDown : OpenTypeMathConstant.StackBottomShiftDown, size);
            var minimum = C(display ? OpenTypeMathConstant.StackDisplayStyleGapMin : OpenTypeMathConstant.StackGapMin, size);
            var gap = up - numerator.Descent - (denominator.Ascent - down);
            if (gap < minimum) { up += (minimum - gap) / 2; down += (minimum - gap) / 2; }
        }
        var padding = 0.1f * size;
        var width = System.Math.Max(numerator.Width, denominator.Width) + 2 * padding;
        var box = new MathBox { Width = width, Class = SpacingClass.Inner };
        box.Place(numerator, (width - numerator.Width) / 2, up);
        box.Place(denominator, (width - denominator.Width) / 2, -down);
        if (fraction.HasBar) box.AddRule(padding / 2, axis - thickness / 2, width - padding, thickness);
        return box;
    }

    private MathBox Radical(MathRadical radical, MathStyle style)
    {
        var body = Node(radical.Body, style.Cramp);
        var size = Size(style);
        var thickness = C(OpenTypeMathConstant.RadicalRuleThickness, size);
        var gap = C(style.IsDisplay ? OpenTypeMathConstant.RadicalDisplayStyleVerticalGap : OpenTypeMathConstant.RadicalVerticalGap, size);
        var sign = Stretch("√", body.Height + gap + thickness, size, vertical: true, centerOnAxis: false);
        // The sign's top stands at the overbar's top; its excess height goes below the body.
        var top = body.Ascent + gap + thickness;
        var shift = top - sign.Ascent;

        var box = new MathBox { Class = SpacingClass.Ord };
        var x = 0f;
        if (radical.Degree is not null)
        {
            var degree = Node(radical.Degree, new MathStyle(3, true));
            var raise = Percent(OpenTypeMathConstant.RadicalDegreeBottomRaisePercent, 60) * sign.Height;
            var kernBefore = C(OpenTypeMathConstant.RadicalKernBeforeDegree, size);
            box.Place(degree, kernBefore, shift - sign.Descent + raise + degree.Descent);
            x = System.Math.Max(0, kernBefore + degree.Width + C(OpenTypeMathConstant.RadicalKernAfterDegree, size));
        }
        box.Place(sign, x, shift);
        x += sign.Width;
        box.Place(body, x, 0);
        box.AddRule(x, body.Ascent + gap, body.Width, thickness);
        box.Ascent = System.Math.Max(box.Ascent, top + C(OpenTypeMathConstant.RadicalExtraAscender, size));
        box.Width = x + body.Width;
        return box;
    }
}
