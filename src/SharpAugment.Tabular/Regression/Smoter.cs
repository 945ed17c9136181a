using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Regression;

/// <summary>
/// SMOTER (Torgo, Ribeiro, Pfahringer and Branco 2013): every new row of a rare bump interpolates, features and
/// target with the same step, between a bump row and one of its k nearest rows in the bump. A bump of one row is copied.
/// </summary>
public sealed class Smoter : RegressionOverSampler
{
    /// <inheritdoc/>
    public override string Name => "smoter";

    private protected override bool Interpolates(float squaredDistance, double safeDistance) => true;

    private protected override void Perturb(ReadOnlySpan<float> row, Span<float> cells, double[] std, Rng rng) => row.CopyTo(cells);
}
