using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>planckian_jitter</c> (Albumentations PlanckianJitter, default p 0.5).</summary>
public sealed record PlanckianJitterOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public PlanckianJitterOptions() => P = 0.5;

    /// <summary>The illuminant table.</summary>
    [Param("illuminant table: blackbody (3000..15000 K) or cied (4000..15000 K)")]
    public PlanckianJitterMode Mode { get; init; } = PlanckianJitterMode.Blackbody;

    /// <summary>The temperature range in kelvin; none means the mode's whole table.</summary>
    [Param("colour temperature range in kelvin (must contain 6000); none: the whole table of the mode", Min = 3000, Max = 15000)]
    public IntRange? TemperatureLimit { get; init; }

    /// <summary>How the temperature is drawn.</summary>
    [Param("uniform: below 6000 K with probability 0.4, else above; gaussian: half-normal on each side")]
    public PlanckianSampling SamplingMethod { get; init; } = PlanckianSampling.Uniform;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (TemperatureLimit is { } t && (t.Lo > 6000 || t.Hi < 6000 || (Mode == PlanckianJitterMode.Cied && t.Lo < 4000)))
        {
            throw new TransformParameterException(transform, "temperature_limit", t.ToString(), "a range within the mode's table (cied from 4000 K) that contains 6000 K");
        }
    }
}
