using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>Options of <c>autoaugment</c> (torchvision's AutoAugment).</summary>
public sealed record AutoAugmentOptions : PolicyOptions
{
    /// <summary>Which learned policy.</summary>
    [Param("imagenet, cifar10 or svhn")]
    public AutoAugmentPolicy Policy { get; init; } = AutoAugmentPolicy.Imagenet;
}
