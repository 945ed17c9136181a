using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Noise;

/// <summary>Options of <c>salt_and_pepper</c> (Albumentations SaltAndPepper).</summary>
public sealed record SaltAndPepperOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public SaltAndPepperOptions() => P = 0.5;

    /// <summary>Fraction of pixels set to white or black.</summary>
    [Param("fraction of pixels set to white or black", Min = 0, Max = 1)]
    public FloatRange Amount { get; init; } = new(0.01, 0.06);

    /// <summary>Fraction of the noisy pixels that are white (salt).</summary>
    [Param("fraction of the noisy pixels that are white (salt)", Min = 0, Max = 1)]
    public FloatRange SaltVsPepper { get; init; } = new(0.4, 0.6);
}
