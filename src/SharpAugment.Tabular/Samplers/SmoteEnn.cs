namespace SharpAugment.Tabular.Samplers;

/// <summary>SMOTE then edited nearest neighbours on the result (Batista et al. 2004; imbalanced-learn's SMOTEENN).</summary>
public sealed class SmoteEnn : CombinedSampler
{
    /// <inheritdoc/>
    public override string Name => "smote_enn";

    /// <summary>The SMOTE step (imbalanced-learn builds SMOTE(sampling_strategy) when smote is None).</summary>
    public Smote Smote { get; init; } = new();

    /// <summary>The cleaning step (imbalanced-learn's default: EditedNearestNeighbours(sampling_strategy='all')).</summary>
    public EditedNearestNeighbours Enn { get; init; } = new() { SamplingStrategy = SamplingStrategy.All };

    /// <inheritdoc/>
    public override OverSampler OverSampler => Smote;

    /// <inheritdoc/>
    public override UnderSampler Cleaner => Enn;
}
