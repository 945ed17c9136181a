using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Noise;

/// <summary>Options of <c>gauss_noise</c> (Albumentations GaussNoise; torchvision's is <c>gaussian_noise</c>).</summary>
public sealed record GaussNoiseOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public GaussNoiseOptions() => P = 0.5;

    /// <summary>Noise standard deviation as a fraction of the maximum value (255 for bytes, 1 for floats).</summary>
    [Param("noise standard deviation as a fraction of the maximum value", Min = 0, Max = 1)]
    public FloatRange StdRange { get; init; } = new(0.2, 0.44);

    /// <summary>Noise mean as a fraction of the maximum value.</summary>
    [Param("noise mean as a fraction of the maximum value", Min = -1, Max = 1)]
    public FloatRange MeanRange { get; init; } = 0;

    /// <summary>Independent noise per channel; otherwise one value per pixel for all channels.</summary>
    [Param("independent noise per channel (false: one value per pixel, shared by the channels)")]
    public bool PerChannel { get; init; } = true;

    /// <summary>Noise is drawn on a grid this fraction of the image and enlarged bilinearly (1 = per pixel).</summary>
    [Param("draw the noise on a grid this fraction of the size and enlarge it bilinearly (1 = per pixel)", Min = 0, MinExclusive = true, Max = 1)]
    public double NoiseScaleFactor { get; init; } = 1;
}
