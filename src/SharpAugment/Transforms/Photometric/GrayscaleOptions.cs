using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>grayscale</c> (torchvision rgb_to_grayscale).</summary>
public sealed record GrayscaleOptions : TransformOptions
{
    /// <summary>Output channels: 1 (torchvision's default) or 3; none keeps the input's channel count (RGBA keeps its alpha).</summary>
    [Param("output channels, 1 (default, as torchvision) or 3; none keeps the input channel count (RGBA keeps alpha)", Min = 1, Max = 3)]
    public int? NumOutputChannels { get; init; } = 1;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (NumOutputChannels is int n && n != 1 && n != 3)
        {
            throw new TransformParameterException(transform, "num_output_channels", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "1, 3 or none");
        }
    }
}
