using SharpAugment.Randomness;

namespace SharpAugment.Pipelines;

/// <summary>Applies n children picked at random, in their listed order (Albumentations' SomeOf).</summary>
/// <typeparam name="T">The data type.</typeparam>
public sealed class SomeOf<T>(SomeOfOptions options, TransformRegistry registry)
    : Composite<T, SomeOfOptions>("some_of", options, registry)
{
    /// <inheritdoc/>
    protected override int[] Choose(Rng rng)
    {
        int n = Options.N.Sample(rng);
        if (Options.Replace)
        {
            var picks = new int[n];
            for (int i = 0; i < n; i++)
            {
                picks[i] = rng.Next(Children.Count);
            }

            Array.Sort(picks);
            return picks;
        }

        var perm = rng.Permutation(Children.Count);
        var chosen = perm.AsSpan(0, Math.Min(n, perm.Length)).ToArray();
        Array.Sort(chosen);
        return chosen;
    }
}
