using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>gamma</c> (torchvision adjust_gamma).</summary>
public sealed record GammaOptions : TransformOptions
{
    /// <summary>The exponent.</summary>
    [Param("gamma exponent: out = gain * x^gamma on [0, 1] values; below 1 brightens", Min = 0)]
    public FloatRange Gamma { get; init; } = new(0.8, 1.2);

    /// <summary>The multiplier.</summary>
    [Param("gain multiplier applied after the power", Min = 0)]
    public double Gain { get; init; } = 1.0;
}
