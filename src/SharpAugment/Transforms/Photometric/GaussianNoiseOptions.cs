using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>gaussian_noise</c> (torchvision v2 gaussian_noise): values on the [0, 1] scale for every pixel type.</summary>
public sealed record GaussianNoiseOptions : TransformOptions
{
    /// <summary>Noise mean.</summary>
    [Param("noise mean on the [0, 1] scale")]
    public FloatRange Mean { get; init; }

    /// <summary>Noise standard deviation.</summary>
    [Param("noise standard deviation on the [0, 1] scale", Min = 0)]
    public FloatRange Sigma { get; init; } = 0.1;

    /// <summary>Whether float results are clamped to [0, 1]; byte results are always clamped.</summary>
    [Param("clamp float results to [0, 1] (byte results are always clamped)")]
    public bool Clip { get; init; } = true;
}
