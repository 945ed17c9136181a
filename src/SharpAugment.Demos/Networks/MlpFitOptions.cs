namespace SharpAugment.Demos.Networks;

/// <summary>How <see cref="Mlp.Fit"/> trains: epochs of shuffled minibatches with Adam.</summary>
public sealed record MlpFitOptions
{
    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 100;

    /// <summary>Rows per Adam step; 0 or less means the whole data set in one batch.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Adam's step size.</summary>
    public double LearningRate { get; init; } = 0.01;

    /// <summary>The seed of the per-epoch shuffles.</summary>
    public ulong Seed { get; init; }

    /// <summary>Throws with the offending option when an option is out of range.</summary>
    public void Validate()
    {
        if (Epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, "mlp: epochs must be >= 1");
        }

        if (!(LearningRate > 0) || !double.IsFinite(LearningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "mlp: learning_rate must be a finite number > 0");
        }
    }
}
