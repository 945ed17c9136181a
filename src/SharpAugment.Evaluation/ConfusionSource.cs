namespace SharpAugment.Evaluation;

/// <summary>Where a reported confusion comes from.</summary>
public enum ConfusionSource
{
    /// <summary>The two classes trade places: the clean model calls augmented images of each one the other.</summary>
    Swap,

    /// <summary>The model trained with augmented copies still confuses the pair on augmented held-out images, beyond the baseline.</summary>
    AugmentedModel,
}
