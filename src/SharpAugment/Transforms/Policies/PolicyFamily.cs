namespace SharpAugment.Transforms.Policies;

/// <summary>The magnitude tables of torchvision's policy families.</summary>
public enum PolicyFamily
{
    /// <summary>AutoAugment: 10 bins, translate up to 150/331 of the size.</summary>
    AutoAugment,

    /// <summary>RandAugment: AutoAugment's formulas with num_magnitude_bins bins.</summary>
    RandAugment,

    /// <summary>TrivialAugmentWide: 31 bins with wide ranges.</summary>
    TrivialAugmentWide,

    /// <summary>AugMix: 10 bins, translate up to a third of the size, posterize down to 0 bits.</summary>
    AugMix,
}
