namespace SharpAugment.Evaluation;

/// <summary>Which policies <c>tune</c> searches; "no augmentation" is always a contender.</summary>
public enum TuneSpace
{
    /// <summary>RandAugment's grid over N (ops per image) and M (magnitude).</summary>
    RandAugment,

    /// <summary>TrivialAugmentWide (no knobs).</summary>
    TrivialAugment,

    /// <summary>AutoAugment's learned ImageNet, CIFAR-10 and SVHN policies.</summary>
    AutoAugment,

    /// <summary>All of the above.</summary>
    All,
}
