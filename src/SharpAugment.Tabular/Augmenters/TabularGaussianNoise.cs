using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Augmenters;

/// <summary>Adds N(0, (sigma x std_f)^2) to every numeric cell of column f, std_f being the column's population std in the input table, so noise follows each feature's scale.</summary>
public sealed class TabularGaussianNoise(TabularGaussianNoiseOptions options) : TableAugmenter<TabularGaussianNoiseOptions>("tabular_gaussian_noise", options)
{
    private protected override void Rewrite(TabularDataset input, Span<float> numeric, Rng rng)
    {
        int d = input.NumericColumns;
        if (d == 0 || input.Rows == 0)
        {
            return;
        }

        var std = ColumnStats.PopulationStd(input, null);
        for (int i = 0; i < numeric.Length; i++)
        {
            numeric[i] = (float)(numeric[i] + rng.Normal() * Options.Sigma * std[i % d]);
        }
    }
}
