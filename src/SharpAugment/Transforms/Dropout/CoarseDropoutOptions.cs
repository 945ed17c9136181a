using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Dropout;

/// <summary>Options of <c>coarse_dropout</c> and <c>cutout</c> (Albumentations CoarseDropout; default p 0.5).</summary>
public sealed record CoarseDropoutOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public CoarseDropoutOptions() => P = 0.5;

    /// <summary>How many holes; at most 1000, so a call costs at most a thousand fills of the image (Albumentations sets no bound).</summary>
    [Param("number of holes, inclusive range", Min = 1, Max = 1000)]
    public IntRange NumHolesRange { get; init; } = new(1, 2);

    /// <summary>Hole height: pixels when the upper end is at least 1, else a fraction of the image height.</summary>
    [Param("hole height: pixels if hi >= 1, else fraction of the image height", Min = 0)]
    public FloatRange HoleHeightRange { get; init; } = new(0.1, 0.2);

    /// <summary>Hole width: pixels when the upper end is at least 1, else a fraction of the image width.</summary>
    [Param("hole width: pixels if hi >= 1, else fraction of the image width", Min = 0)]
    public FloatRange HoleWidthRange { get; init; } = new(0.1, 0.2);

    /// <summary>Constant fill in 0..255 units.</summary>
    [Param("constant fill in 0..255 units, one or one per channel (float images use fill/255)", Min = 0, Max = 255)]
    public double[] Fill { get; init; } = [0];

    /// <summary>Constant, random (per element) or random_uniform (per hole).</summary>
    [Param("constant (fill), random (uniform per element) or random_uniform (one colour per hole)")]
    public FillMode FillMode { get; init; } = FillMode.Constant;

    /// <summary>Mask value written in the holes; none leaves masks untouched.</summary>
    [Param("class id written into masks inside holes; none leaves masks untouched", Min = 0, Max = 255)]
    public double? FillMask { get; init; }

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Fill is null || Fill.Length is < 1 or > 4)
        {
            throw new TransformParameterException(transform, "fill", Fill is null ? "none" : Fill.Length + " values", "1 to 4 values");
        }

        CheckPixelRange(transform, "hole_height_range", HoleHeightRange);
        CheckPixelRange(transform, "hole_width_range", HoleWidthRange);
    }

    private static void CheckPixelRange(string transform, string name, FloatRange r)
    {
        if (r.Hi >= 1 && (r.Lo != Math.Floor(r.Lo) || r.Hi != Math.Floor(r.Hi)))
        {
            throw new TransformParameterException(transform, name, r.ToString(), "whole pixels when hi >= 1, or fractions below 1");
        }
    }
}
