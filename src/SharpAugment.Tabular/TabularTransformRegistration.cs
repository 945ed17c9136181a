using SharpAugment.Pipelines;
using SharpAugment.Tabular.Augmenters;

namespace SharpAugment.Tabular;

/// <summary>
/// Registers the tabular augmenters, which map a table to a table of the same rows. The oversamplers are not
/// registered: they add rows and need the whole table and its labels at once, which is the <c>tabular</c> command's and
/// the <see cref="Samplers.OverSampler"/> API's job, not a per-sample transform's.
/// </summary>
public static class TabularTransformRegistration
{
    /// <summary>Adds <c>tabular_gaussian_noise</c>, <c>tabular_mixup</c> and <c>tabular_rotate</c> to <paramref name="registry"/>.</summary>
    public static TransformRegistry AddTabularTransforms(this TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add<TabularDataset, TabularGaussianNoiseOptions>("tabular_gaussian_noise", "tabular",
            "add Gaussian noise to numeric cells, scaled per column by its std", o => new TabularGaussianNoise(o));
        registry.Add<TabularDataset, TabularMixupOptions>("tabular_mixup", "tabular",
            "blend each row with a random row of its class (lambda ~ Beta(alpha, alpha), folded to >= 0.5)", o => new TabularMixup(o));
        registry.Add<TabularDataset, TabularRotateOptions>("tabular_rotate", "tabular",
            "rotate each row's point in the plane of two numeric columns about a centre, one angle per row", o => new TabularRotate(o));
        return registry;
    }
}
