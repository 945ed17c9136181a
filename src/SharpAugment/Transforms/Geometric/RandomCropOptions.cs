using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>random_crop</c> (torchvision's RandomCrop).</summary>
public sealed record RandomCropOptions : TransformOptions
{
    /// <summary>Window width.</summary>
    [Param("window width", Min = 1, Max = ResourceLimits.DefaultMaxPixels)]
    public int Width { get; init; } = 1;

    /// <summary>Window height.</summary>
    [Param("window height", Min = 1, Max = ResourceLimits.DefaultMaxPixels)]
    public int Height { get; init; } = 1;

    /// <summary>Padding added before cropping: n, [lr, tb] or [l, t, r, b].</summary>
    [Param("padding added first: n, [lr, tb] or [l, t, r, b]", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int[] Padding { get; init; } = [];

    /// <summary>Whether an image smaller than the window is padded (torchvision pads both sides by the shortfall).</summary>
    [Param("pad an image smaller than the window")]
    public bool PadIfNeeded { get; init; }

    /// <summary>The fill for constant padding, 0..255 units.</summary>
    [Param("fill for constant padding, 0..255 units", Min = 0, Max = 255)]
    public double[] Fill { get; init; } = [0];

    /// <summary>How padding pixels are made.</summary>
    [Param("constant, edge, reflect or symmetric")]
    public PaddingMode PaddingMode { get; init; } = PaddingMode.Constant;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        Geometric.Padding.Check(transform, Padding);
        ResourceLimits.Default.CheckOutput(transform, "width", Width, Height);
    }
}
