namespace SharpAugment.Demos.Overfitting;

/// <summary>The knobs of the augmentation-vs-overfitting experiment: data, augmentation strength, network and training length.</summary>
public sealed record OverfittingSettings
{
    /// <summary>Training points (half per class; class 0 gets an odd one).</summary>
    public int Points { get; init; } = 40;

    /// <summary>Standard deviation of the Gaussian noise on each coordinate, in plane units (the arms are <see cref="Spiral.ArmGap"/> apart).</summary>
    public double Noise { get; init; } = 0.4;

    /// <summary>Augmentation strength in [0, 1], mapped onto the pipeline by <see cref="AugmentationStrength.Pipeline"/> (0: no augmentation).</summary>
    public double Strength { get; init; } = 0.4;

    /// <summary>A pipeline of tabular transforms to use instead of the strength's (null: <see cref="AugmentationStrength.Pipeline"/> of <see cref="Strength"/>).</summary>
    public string? Pipeline { get; init; }

    /// <summary>Adam steps for each network; each step of the augmented network sees freshly augmented copies.</summary>
    public int Steps { get; init; } = 2000;

    /// <summary>The seed of the data, the shared initial weights and every epoch's augmentation.</summary>
    public ulong Seed { get; init; }

    /// <summary>Test points drawn from the same spiral and noise, never augmented.</summary>
    public int TestPoints { get; init; } = 2000;

    /// <summary>Augmented copies of the training set per step (so each step sees Copies x Points rows).</summary>
    public int Copies { get; init; } = 4;

    /// <summary>Widths of the tanh hidden layers.</summary>
    public IReadOnlyList<int> Hidden { get; init; } = [64, 64];

    /// <summary>Adam's step size, the same for both networks.</summary>
    public double LearningRate { get; init; } = 0.01;

    /// <summary>Cells per side of the probability grid sent with each frame.</summary>
    public int GridResolution { get; init; } = 64;

    /// <summary>Throws with the setting's name and allowed range when one is out of range.</summary>
    public void Validate()
    {
        Check(Points >= 4 && Points <= 10_000, "points", Points, "[4, 10000]");
        Check(double.IsFinite(Noise) && Noise >= 0 && Noise <= 5, "noise", Noise, "[0, 5]");
        Check(Strength >= 0 && Strength <= 1, "strength", Strength, "[0, 1]");
        Check(Steps >= 1 && Steps <= 1_000_000, "steps", Steps, "[1, 1000000]");
        Check(TestPoints >= 2 && TestPoints <= 1_000_000, "test_points", TestPoints, "[2, 1000000]");
        Check(Copies >= 1 && Copies <= 100, "copies", Copies, "[1, 100]");
        Check(Hidden is not null && Hidden.Count <= 8 && Hidden.All(h => h >= 1 && h <= 1024), "hidden", Hidden is null ? "null" : "[" + string.Join(", ", Hidden) + "]", "up to 8 widths in [1, 1024]");
        Check(double.IsFinite(LearningRate) && LearningRate > 0 && LearningRate <= 1, "learning_rate", LearningRate, "(0, 1]");
        Check(GridResolution >= 2 && GridResolution <= 512, "grid_resolution", GridResolution, "[2, 512]");
    }

    private static void Check(bool ok, string name, object? value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"overfitting demo: '{name}' = {value} is invalid; allowed: {allowed}");
        }
    }
}
