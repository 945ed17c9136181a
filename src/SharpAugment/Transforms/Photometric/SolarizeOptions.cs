using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>solarize</c>. The threshold is in 0..255 units for every pixel type; float images compare against threshold / 255.</summary>
public sealed record SolarizeOptions : TransformOptions
{
    /// <summary>Values at or above it are inverted.</summary>
    [Param("invert values >= threshold, in 0..255 units (float images use threshold/255; 256 inverts nothing)", Min = 0, Max = 256)]
    public FloatRange Threshold { get; init; } = 128;
}
