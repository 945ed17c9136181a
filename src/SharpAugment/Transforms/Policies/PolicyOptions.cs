using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>Options every policy shares: how geometric ops resample and what they fill with.</summary>
public abstract record PolicyOptions : TransformOptions
{
    /// <summary>Interpolation of the geometric ops (torchvision's default for the policies: nearest).</summary>
    [Param("interpolation of the geometric ops")]
    public Interpolation Interpolation { get; init; } = Interpolation.Nearest;

    /// <summary>Fill of the geometric ops in 0..255 units, one value or per channel.</summary>
    [Param("fill of the geometric ops, 0..255 units, one value or per channel", Min = 0, Max = 255)]
    public double[] Fill { get; init; } = [0];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Interpolation == Interpolation.Area)
        {
            throw new TransformParameterException(transform, "interpolation", "area", "nearest, bilinear or bicubic");
        }
    }
}
