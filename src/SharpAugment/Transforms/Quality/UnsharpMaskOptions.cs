using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Quality;

/// <summary>Options of <c>unsharp_mask</c> (Albumentations UnsharpMask).</summary>
public sealed record UnsharpMaskOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public UnsharpMaskOptions() => P = 0.5;

    /// <summary>Gaussian kernel size, an odd number drawn from the range.</summary>
    [Param("Gaussian kernel size; odd sizes are drawn from lo..hi", Min = 3, Max = 99)]
    public IntRange BlurLimit { get; init; } = new(3, 7);

    /// <summary>Gaussian sigma; 0 lets OpenCV derive it from the kernel size.</summary>
    [Param("Gaussian sigma (0 = derived from the kernel size, as OpenCV)", Min = 0, Max = 100)]
    public FloatRange SigmaLimit { get; init; } = 0;

    /// <summary>Visibility of the sharpened image.</summary>
    [Param("visibility of the sharpened image", Min = 0, Max = 1)]
    public FloatRange Alpha { get; init; } = new(0.2, 0.5);

    /// <summary>Residuals up to this many levels (of 255) are left alone, so flat noise is not sharpened.</summary>
    [Param("residual threshold in levels of 255: smaller differences are not sharpened", Min = 0, Max = 255)]
    public int Threshold { get; init; } = 10;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        base.Validate(transform);
        if (BlurLimit.Lo % 2 == 0 && BlurLimit.Lo == BlurLimit.Hi)
        {
            throw new ArgumentException($"{transform}: blur_limit={BlurLimit} must contain an odd size.");
        }
    }
}
