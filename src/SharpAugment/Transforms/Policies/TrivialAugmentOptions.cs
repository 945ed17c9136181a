using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>Options of <c>trivialaugment</c> (torchvision's TrivialAugmentWide).</summary>
public sealed record TrivialAugmentOptions : PolicyOptions
{
    /// <summary>Bins in the magnitude tables.</summary>
    [Param("bins in the magnitude tables", Min = 2, Max = 1000)]
    public int NumMagnitudeBins { get; init; } = 31;
}
