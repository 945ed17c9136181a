using SharpAugment.Randomness;

namespace SharpAugment.Pipelines;

/// <summary>Applies one child, picked by weight.</summary>
/// <typeparam name="T">The data type.</typeparam>
public sealed class OneOf<T>(OneOfOptions options, TransformRegistry registry)
    : Composite<T, OneOfOptions>("one_of", options, registry)
{
    /// <inheritdoc/>
    protected override int[] Choose(Rng rng)
    {
        if (Children.Count == 0)
        {
            return [];
        }

        if (Options.Weights.Length == 0)
        {
            return [rng.Next(Children.Count)];
        }

        double total = Options.Weights.Sum();
        double u = rng.NextDouble() * total;
        for (int i = 0; i < Options.Weights.Length; i++)
        {
            u -= Options.Weights[i];
            if (u < 0)
            {
                return [i];
            }
        }

        return [Array.FindLastIndex(Options.Weights, w => w > 0)];
    }
}
