using SharpAugment.Randomness;

namespace SharpAugment.Pipelines;

/// <summary>Applies every child in order: the pipeline <c>a | b | c</c>.</summary>
/// <typeparam name="T">The data type.</typeparam>
public sealed class Compose<T>(ComposeOptions options, TransformRegistry registry)
    : Composite<T, ComposeOptions>("compose", options, registry)
{
    /// <inheritdoc/>
    protected override int[] Choose(Rng rng) => Enumerable.Range(0, Children.Count).ToArray();
}
