namespace SharpAugment.Evaluation;

/// <summary>Settings of a tuning run; the defaults are the command's.</summary>
public sealed record TuneOptions
{
    /// <summary>The policies searched.</summary>
    public TuneSpace Space { get; init; } = TuneSpace.RandAugment;

    /// <summary>How fine the RandAugment grid is.</summary>
    public TuneBudget Budget { get; init; } = TuneBudget.Small;

    /// <summary>Stratified folds; each candidate's spread is over them.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Augmented copies of each training image added to the clean ones.</summary>
    public int Copies { get; init; } = 4;

    /// <summary>Seed of the folds, the augmentation and the models.</summary>
    public ulong Seed { get; init; }

    /// <summary>The proxy model.</summary>
    public ProxyModelKind Model { get; init; } = ProxyModelKind.MaximumEntropy;

    /// <summary>Checks every setting, naming the option and its allowed range.</summary>
    public void Validate() => new AuditOptions { Folds = Folds, Copies = Copies }.Validate();
}
