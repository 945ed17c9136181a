namespace SharpAugment.Tabular.Samplers;

/// <summary>SMOTE then removal of Tomek links from the result (Batista et al. 2003; imbalanced-learn's SMOTETomek).</summary>
public sealed class SmoteTomek : CombinedSampler
{
    /// <inheritdoc/>
    public override string Name => "smote_tomek";

    /// <summary>The SMOTE step (imbalanced-learn builds SMOTE(sampling_strategy) when smote is None).</summary>
    public Smote Smote { get; init; } = new();

    /// <summary>The cleaning step (imbalanced-learn's default: TomekLinks(sampling_strategy='all')).</summary>
    public TomekLinks Tomek { get; init; } = new() { SamplingStrategy = SamplingStrategy.All };

    /// <inheritdoc/>
    public override OverSampler OverSampler => Smote;

    /// <inheritdoc/>
    public override UnderSampler Cleaner => Tomek;
}
