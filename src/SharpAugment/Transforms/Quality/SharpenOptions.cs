using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Quality;

/// <summary>Options of <c>sharpen</c> (Albumentations Sharpen, method "kernel").</summary>
public sealed record SharpenOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public SharpenOptions() => P = 0.5;

    /// <summary>Visibility of the sharpened image: 0 keeps the input, 1 is the full sharpening kernel.</summary>
    [Param("visibility of the sharpened image (0 = input, 1 = full kernel)", Min = 0, Max = 1)]
    public FloatRange Alpha { get; init; } = new(0.2, 0.5);

    /// <summary>Added to the kernel centre (8 + lightness): larger is brighter.</summary>
    [Param("lightness of the sharpened image, added to the kernel centre 8", Min = 0, Max = 100)]
    public FloatRange Lightness { get; init; } = new(0.5, 1.0);
}
