using SharpAugment.Geometry;
using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options shared by transforms that resample through a map: interpolation, border and fills.</summary>
public abstract record WarpOptions : TransformOptions
{
    /// <summary>The image interpolation (masks always use nearest).</summary>
    [Param("image interpolation (masks use nearest)")]
    public Interpolation Interpolation { get; init; } = Interpolation.Nearest;

    /// <summary>What is read outside the image.</summary>
    [Param("what is read outside the image")]
    public BorderMode BorderMode { get; init; } = BorderMode.Constant;

    /// <summary>The fill for a constant border, in 0..255 units (divided by 255 for float images), one value or one per channel.</summary>
    [Param("fill for a constant border, 0..255 units, one value or per channel", Min = 0, Max = 255)]
    public double[] Fill { get; init; } = [0];

    /// <summary>The class id written into masks where they read outside.</summary>
    [Param("class id written into masks outside the image", Min = 0, Max = 255)]
    public int FillMask { get; init; }

    /// <inheritdoc/>
    /// <summary>How a warp with these options reads pixels.</summary>
    internal WarpResampling Resampling() => new(Interpolation, BorderMode, Fill, (byte)FillMask);

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Interpolation == Interpolation.Area)
        {
            throw new TransformParameterException(transform, "interpolation", "area", "nearest, bilinear or bicubic (area is for resizing)");
        }
    }
}
