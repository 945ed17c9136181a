namespace SharpAugment.Transforms.Policies;

/// <summary>The learned AutoAugment policies torchvision ships.</summary>
public enum AutoAugmentPolicy
{
    /// <summary>Learned on ImageNet.</summary>
    Imagenet,

    /// <summary>Learned on CIFAR-10.</summary>
    Cifar10,

    /// <summary>Learned on SVHN.</summary>
    Svhn,
}
