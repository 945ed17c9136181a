using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Noise;

/// <summary>Options of <c>multiplicative_noise</c> (Albumentations MultiplicativeNoise).</summary>
public sealed record MultiplicativeNoiseOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public MultiplicativeNoiseOptions() => P = 0.5;

    /// <summary>The range the multipliers are drawn from.</summary>
    [Param("range the multipliers are drawn from", Min = 0, Max = 100)]
    public FloatRange Multiplier { get; init; } = new(0.9, 1.1);

    /// <summary>A separate multiplier per channel.</summary>
    [Param("a separate multiplier per channel")]
    public bool PerChannel { get; init; }

    /// <summary>A separate multiplier per pixel.</summary>
    [Param("a separate multiplier per pixel")]
    public bool Elementwise { get; init; }
}
