using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Noise;

/// <summary>Options of <c>shot_noise</c> (Albumentations ShotNoise).</summary>
public sealed record ShotNoiseOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public ShotNoiseOptions() => P = 0.5;

    /// <summary>Photon scale: larger is noisier (fewer photons per level).</summary>
    [Param("photon scale: larger is noisier", Min = 0, MinExclusive = true, Max = 100)]
    public FloatRange ScaleRange { get; init; } = new(0.1, 0.3);
}
