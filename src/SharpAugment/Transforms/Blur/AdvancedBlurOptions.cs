using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Blur;

/// <summary>Options of <c>advanced_blur</c> (Albumentations AdvancedBlur, default p 0.5).</summary>
public sealed record AdvancedBlurOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public AdvancedBlurOptions() => P = 0.5;

    /// <summary>Kernel sizes to draw from (odd, as blur).</summary>
    [Param("kernel size: odd sizes drawn uniformly from lo..hi (bounds below 3 become 3, even ones the next odd number)", Min = 0, Max = 255)]
    public IntRange BlurLimit { get; init; } = new(3, 7);

    /// <summary>Sigma along the kernel's first axis.</summary>
    [Param("Gaussian sigma along x before rotation, drawn per call", Min = 0, Max = 100)]
    public FloatRange SigmaXLimit { get; init; } = new(0.2, 1.0);

    /// <summary>Sigma along the kernel's second axis.</summary>
    [Param("Gaussian sigma along y before rotation, drawn per call", Min = 0, Max = 100)]
    public FloatRange SigmaYLimit { get; init; } = new(0.2, 1.0);

    /// <summary>Rotation of the kernel in degrees.</summary>
    [Param("kernel rotation in degrees, drawn per call", Min = -360, Max = 360)]
    public FloatRange RotateLimit { get; init; } = new(-90, 90);

    /// <summary>The generalized Gaussian's shape: below 1 peaked, 1 Gaussian, above 1 flat-topped.</summary>
    [Param("shape exponent: drawn from lo..1 or 1..hi with equal chance (1 is a Gaussian); must contain 1", Min = 0, MinExclusive = true, Max = 100)]
    public FloatRange BetaLimit { get; init; } = new(0.5, 8.0);

    /// <summary>Multiplicative noise on the kernel taps.</summary>
    [Param("per-tap multiplicative noise range of the kernel", Min = 0, Max = 10)]
    public FloatRange NoiseLimit { get; init; } = new(0.9, 1.1);

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (!(BetaLimit.Lo <= 1 && BetaLimit.Hi >= 1))
        {
            throw new TransformParameterException(transform, "beta_limit", BetaLimit.ToString(), "a range that contains 1");
        }

        if (SigmaXLimit.Lo == 0 && SigmaYLimit.Lo == 0)
        {
            throw new TransformParameterException(transform, "sigma_x_limit", SigmaXLimit.ToString(), "sigma_x_limit and sigma_y_limit not both starting at 0");
        }
    }
}
