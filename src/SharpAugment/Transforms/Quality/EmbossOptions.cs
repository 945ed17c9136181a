using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Quality;

/// <summary>Options of <c>emboss</c> (Albumentations Emboss).</summary>
public sealed record EmbossOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public EmbossOptions() => P = 0.5;

    /// <summary>Visibility of the embossed image: 0 keeps the input, 1 is the full emboss kernel.</summary>
    [Param("visibility of the embossed image (0 = input, 1 = full kernel)", Min = 0, Max = 1)]
    public FloatRange Alpha { get; init; } = new(0.2, 0.5);

    /// <summary>Strength of the relief (the off-centre taps).</summary>
    [Param("strength of the relief", Min = 0, Max = 100)]
    public FloatRange Strength { get; init; } = new(0.2, 0.7);
}
