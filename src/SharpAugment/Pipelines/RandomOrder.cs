using SharpAugment.Randomness;

namespace SharpAugment.Pipelines;

/// <summary>Applies every child in a random order (torchvision's RandomOrder).</summary>
/// <typeparam name="T">The data type.</typeparam>
public sealed class RandomOrder<T>(RandomOrderOptions options, TransformRegistry registry)
    : Composite<T, RandomOrderOptions>("random_order", options, registry)
{
    /// <inheritdoc/>
    protected override int[] Choose(Rng rng) => rng.Permutation(Children.Count);
}
