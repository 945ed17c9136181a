using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>solarize_add</c> (timm's SolarizeAdd: values below the threshold get the addition, clipped at 255).</summary>
public sealed record SolarizeAddOptions : TransformOptions
{
    /// <summary>The amount added, in 0..255 units (may be negative).</summary>
    [Param("amount added below the threshold, 0..255 units", Min = -255, Max = 255)]
    public FloatRange Addition { get; init; }

    /// <summary>Values below this get the addition, in 0..255 units.</summary>
    [Param("values below this get the addition, 0..255 units", Min = 0, Max = 256)]
    public double Threshold { get; init; } = 128;
}
