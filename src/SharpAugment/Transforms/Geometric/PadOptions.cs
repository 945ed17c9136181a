using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>pad</c> (torchvision's pad; <c>mode</c> is accepted as a short alias of <c>padding_mode</c>).</summary>
public sealed record PadOptions : TransformOptions
{
    /// <summary>Pixels to add: one value, [left/right, top/bottom] or [left, top, right, bottom].</summary>
    [Param("pixels to add: n, [lr, tb] or [l, t, r, b]", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int[] Padding { get; init; } = [0];

    /// <summary>The fill for constant padding in 0..255 units, one value or per channel.</summary>
    [Param("fill for constant padding, 0..255 units", Min = 0, Max = 255)]
    public double[] Fill { get; init; } = [0];

    /// <summary>How new pixels are made.</summary>
    [Param("constant, edge, reflect or symmetric")]
    public PaddingMode PaddingMode { get; init; } = PaddingMode.Constant;

    /// <summary>An alias of <see cref="PaddingMode"/> (<c>pad(padding=7, mode=reflect)</c>); none uses padding_mode.</summary>
    [Param("alias of padding_mode")]
    public PaddingMode? Mode { get; init; }

    /// <summary>The class id for constant padding of masks.</summary>
    [Param("class id for constant padding of masks", Min = 0, Max = 255)]
    public int FillMask { get; init; }

    /// <summary>The mode in effect.</summary>
    public PaddingMode EffectiveMode => Mode ?? PaddingMode;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        Geometric.Padding.Check(transform, Padding);
        if (Mode is not null && PaddingMode != PaddingMode.Constant && Mode != PaddingMode)
        {
            throw new TransformParameterException(transform, "mode", Mode.ToString()!, "the same value as padding_mode, or only one of them");
        }
    }
}
