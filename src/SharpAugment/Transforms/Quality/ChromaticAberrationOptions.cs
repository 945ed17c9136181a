using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Quality;

/// <summary>Options of <c>chromatic_aberration</c> (Albumentations ChromaticAberration).</summary>
public sealed record ChromaticAberrationOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public ChromaticAberrationOptions() => P = 0.5;

    /// <summary>The r^2 lens distortion coefficient of the red and blue channels.</summary>
    [Param("r^2 distortion coefficient (k1) range", Min = -1, Max = 1)]
    public FloatRange PrimaryDistortionLimit { get; init; } = new(-0.02, 0.02);

    /// <summary>The r^4 lens distortion coefficient.</summary>
    [Param("r^4 distortion coefficient (k2) range", Min = -1, Max = 1)]
    public FloatRange SecondaryDistortionLimit { get; init; } = new(-0.05, 0.05);

    /// <summary>How the red and blue signs relate.</summary>
    [Param("green_purple (same signs), red_blue (opposite) or random")]
    public ChromaticAberrationMode Mode { get; init; } = ChromaticAberrationMode.GreenPurple;

    /// <summary>How the shifted channels are resampled.</summary>
    [Param("resampling of the shifted channels")]
    public Interpolation Interpolation { get; init; } = Interpolation.Bilinear;
}
