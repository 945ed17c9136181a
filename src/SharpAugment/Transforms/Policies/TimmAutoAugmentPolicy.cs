namespace SharpAugment.Transforms.Policies;

/// <summary>timm's AutoAugment policies.</summary>
public enum TimmAutoAugmentPolicy
{
    /// <summary>The ImageNet policy of the TPU EfficientNet code.</summary>
    V0,

    /// <summary>V0 with the research posterize (bits removed increase with magnitude).</summary>
    V0r,

    /// <summary>The ImageNet policy of the AutoAugment paper (posterize keeps 4 to 8 bits).</summary>
    Original,

    /// <summary>The paper's policy with the research posterize.</summary>
    Originalr,
}
