using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Blur;

/// <summary>Options of <c>zoom_blur</c> (Albumentations ZoomBlur, default p 0.5).</summary>
public sealed record ZoomBlurOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public ZoomBlurOptions() => P = 0.5;

    /// <summary>The largest zoom.</summary>
    [Param("largest zoom factor (at least 1), drawn per call", Min = 1, Max = 10)]
    public FloatRange MaxFactor { get; init; } = new(1, 1.31);

    /// <summary>The step between zooms.</summary>
    [Param("step between the averaged zoom factors, drawn per call", Min = 0, MinExclusive = true, Max = 10)]
    public FloatRange StepFactor { get; init; } = new(0.01, 0.03);
}
