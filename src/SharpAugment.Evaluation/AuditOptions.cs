namespace SharpAugment.Evaluation;

/// <summary>Settings of an audit; the defaults are the command's.</summary>
public sealed record AuditOptions
{
    /// <summary>Stratified folds; every image is held out once.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Augmented copies of each training image added to the clean ones for the label-safety model.</summary>
    public int Copies { get; init; } = 4;

    /// <summary>The accuracy drop below the clean baseline that makes a step risky.</summary>
    public double MaxDrop { get; init; } = 0.10;

    /// <summary>Seed of the folds, the augmentation and the models.</summary>
    public ulong Seed { get; init; }

    /// <summary>The proxy model.</summary>
    public ProxyModelKind Model { get; init; } = ProxyModelKind.MaximumEntropy;

    /// <summary>Checks every setting, naming the option and its allowed range.</summary>
    public void Validate()
    {
        if (Folds is < 2 or > 50)
        {
            throw new ArgumentException($"--folds {Folds}: must be 2 to 50.");
        }

        if (Copies is < 1 or > 64)
        {
            throw new ArgumentException($"--copies {Copies}: must be 1 to 64.");
        }

        if (!(MaxDrop is > 0 and < 1))
        {
            throw new ArgumentException($"--max-drop {MaxDrop}: must be between 0 and 1 (exclusive), an accuracy difference.");
        }
    }
}
