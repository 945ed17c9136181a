using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>random_resized_crop</c> (torchvision's RandomResizedCrop).</summary>
public sealed record RandomResizedCropOptions : TransformOptions
{
    /// <summary>Output width.</summary>
    [Param("output width", Min = 1, Max = ResourceLimits.DefaultMaxPixels)]
    public int Width { get; init; } = 224;

    /// <summary>Output height.</summary>
    [Param("output height", Min = 1, Max = ResourceLimits.DefaultMaxPixels)]
    public int Height { get; init; } = 224;

    /// <summary>The range of the crop area as a fraction of the image area.</summary>
    [Param("crop area as a fraction of the image", Min = 0, MinExclusive = true)]
    public FloatRange Scale { get; init; } = new(0.08, 1.0);

    /// <summary>The range of the crop aspect ratio (width / height), sampled log-uniformly.</summary>
    [Param("aspect ratio range, sampled log-uniformly", Min = 0, MinExclusive = true)]
    public FloatRange Ratio { get; init; } = new(3.0 / 4.0, 4.0 / 3.0);

    /// <summary>The resize filter.</summary>
    [Param("resize filter")]
    public Interpolation Interpolation { get; init; } = Interpolation.Bilinear;

    /// <summary>Whether shrinking is antialiased.</summary>
    [Param("antialias when shrinking")]
    public bool Antialias { get; init; } = true;

    /// <summary>A fixed window over the pixel limit is refused when the pipeline is built.</summary>
    public override void Validate(string transform) => ResourceLimits.Default.CheckOutput(transform, "width", Width, Height);
}
