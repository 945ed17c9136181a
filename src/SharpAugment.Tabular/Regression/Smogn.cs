using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Regression;

/// <summary>
/// SMOGN (Branco, Torgo and Ribeiro 2017): as SMOTER, but a new row interpolates only towards a neighbour closer than
/// the seed's safe distance (half the median distance to its k neighbours); otherwise it is the seed plus Gaussian
/// noise, N(0, (perturbation x std)^2) per numeric column and on the target, std over the whole table.
/// </summary>
public sealed class Smogn : RegressionOverSampler
{
    /// <inheritdoc/>
    public override string Name => "smogn";

    /// <summary>The noise scale relative to each column's standard deviation (the paper's pert, default 0.02).</summary>
    public double Perturbation { get; init; } = 0.02;

    private protected override bool Interpolates(float squaredDistance, double safeDistance) => Math.Sqrt(squaredDistance) < safeDistance;

    private protected override void Perturb(ReadOnlySpan<float> row, Span<float> cells, double[] std, Rng rng)
    {
        if (!(Perturbation >= 0 && double.IsFinite(Perturbation)))
        {
            throw new ArgumentOutOfRangeException(nameof(Perturbation), Perturbation, $"{Name}: perturbation must be >= 0, got {Perturbation}.");
        }

        for (int f = 0; f < cells.Length; f++)
        {
            cells[f] = (float)(row[f] + rng.Normal(0, Perturbation * std[f]));
        }
    }
}
