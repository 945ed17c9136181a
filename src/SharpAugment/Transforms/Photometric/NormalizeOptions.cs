using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>normalize</c> (Albumentations Normalize / torchvision Normalize): out = (x / max_pixel_value - mean) / std per channel, as floats.</summary>
public sealed record NormalizeOptions : TransformOptions
{
    /// <summary>Per-channel mean (one value for all channels, or one per channel).</summary>
    [Param("per-channel mean on the [0, 1] scale (one value or one per channel)")]
    public double[] Mean { get; init; } = [0.485, 0.456, 0.406];

    /// <summary>Per-channel standard deviation.</summary>
    [Param("per-channel std on the [0, 1] scale (one value or one per channel)", Min = 0, MinExclusive = true)]
    public double[] Std { get; init; } = [0.229, 0.224, 0.225];

    /// <summary>The divisor of byte pixels; float images are taken as already on the [0, 1] scale.</summary>
    [Param("byte pixels are divided by this first; float pixels are used as they are", Min = 0, MinExclusive = true)]
    public double MaxPixelValue { get; init; } = 255;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Mean is null || Mean.Length is < 1 or > 4)
        {
            throw new TransformParameterException(transform, "mean", Mean is null ? "none" : Mean.Length + " values", "1 to 4 values");
        }

        if (Std is null || Std.Length is < 1 or > 4)
        {
            throw new TransformParameterException(transform, "std", Std is null ? "none" : Std.Length + " values", "1 to 4 values");
        }
    }
}
