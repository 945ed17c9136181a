using SharpAugment.Randomness;

namespace SharpAugment.Pipelines;

/// <summary>Applies all children together with probability p (torchvision's RandomApply).</summary>
/// <typeparam name="T">The data type.</typeparam>
public sealed class RandomApply<T>(RandomApplyOptions options, TransformRegistry registry)
    : Composite<T, RandomApplyOptions>("random_apply", options, registry)
{
    /// <inheritdoc/>
    protected override int[] Choose(Rng rng) => Enumerable.Range(0, Children.Count).ToArray();
}
