using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Quality;

/// <summary>Options of <c>ringing_overshoot</c> (Albumentations RingingOvershoot).</summary>
public sealed record RingingOvershootOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public RingingOvershootOptions() => P = 0.5;

    /// <summary>Kernel size; odd sizes are drawn from the range.</summary>
    [Param("sinc kernel size; odd sizes are drawn from lo..hi", Min = 3, Max = 99)]
    public IntRange BlurLimit { get; init; } = new(7, 15);

    /// <summary>Cutoff frequency in radians per pixel: lower rings more.</summary>
    [Param("cutoff frequency in radians per pixel (lower rings more)", Min = 0, Max = Math.PI)]
    public FloatRange Cutoff { get; init; } = new(Math.PI / 4, Math.PI / 2);
}
