using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Quality;

/// <summary>Options of <c>downscale</c> (Albumentations Downscale).</summary>
public sealed record DownscaleOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public DownscaleOptions() => P = 0.5;

    /// <summary>The factor the image is shrunk by before it is enlarged back.</summary>
    [Param("shrink factor before enlarging back to the input size", Min = 0, MinExclusive = true, Max = 1)]
    public FloatRange ScaleRange { get; init; } = 0.25;

    /// <summary>The interpolation of the shrink and of the enlargement, in that order (Albumentations' {"downscale", "upscale"} pair).</summary>
    [Param("[downscale, upscale] interpolations: nearest, bilinear, bicubic or area")]
    public string[] InterpolationPair { get; init; } = ["nearest", "nearest"];

    /// <summary>The shrink interpolation.</summary>
    internal Interpolation Down => Parse(InterpolationPair[0]);

    /// <summary>The enlargement interpolation.</summary>
    internal Interpolation Up => Parse(InterpolationPair[1]);

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        base.Validate(transform);
        if (InterpolationPair is not { Length: 2 } || !InterpolationPair.All(s => Enum.TryParse<Interpolation>(s, ignoreCase: true, out _)))
        {
            throw new ArgumentException($"{transform}: interpolation_pair must be two of nearest, bilinear, bicubic, area (got [{string.Join(", ", InterpolationPair ?? [])}]).");
        }
    }

    private static Interpolation Parse(string s) => Enum.Parse<Interpolation>(s, ignoreCase: true);
}
