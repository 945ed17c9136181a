using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>Options of <c>randaugment</c> (torchvision's RandAugment, with an optional op pool).</summary>
public sealed record RandAugmentOptions : PolicyOptions
{
    /// <summary>Ops applied per sample.</summary>
    [Param("ops applied per sample", Min = 0, Max = 100)]
    public int NumOps { get; init; } = 2;

    /// <summary>The magnitude bin for every op; a range draws one per sample.</summary>
    [Param("magnitude bin for every op (a range draws one per sample)", Min = 0)]
    public IntRange Magnitude { get; init; } = 9;

    /// <summary>Bins in the magnitude tables.</summary>
    [Param("bins in the magnitude tables", Min = 2, Max = 1000)]
    public int NumMagnitudeBins { get; init; } = 31;

    /// <summary>The op pool by name (identity, shear_x, ..., equalize, invert, solarize_add); empty is torchvision's 14 ops.</summary>
    [Param("op pool by name (empty: torchvision's 14 ops)")]
    public string[] Ops { get; init; } = [];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        base.Validate(transform);
        if (Magnitude.Hi >= NumMagnitudeBins)
        {
            throw new TransformParameterException(transform, "magnitude", Magnitude.ToString(), $"0 to num_magnitude_bins - 1 ({NumMagnitudeBins - 1})");
        }

        PolicyOpNames.Parse(transform, "ops", Ops);
    }
}
