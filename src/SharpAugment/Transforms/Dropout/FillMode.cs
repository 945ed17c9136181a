namespace SharpAugment.Transforms.Dropout;

/// <summary>How erased and dropped regions are filled.</summary>
public enum FillMode
{
    /// <summary>The constant value(s) given (one for all channels, or one per channel), in 0..255 units.</summary>
    Constant,

    /// <summary>A random value per element: random_erasing draws N(0, 1) as torchvision (value='random'); coarse_dropout draws uniformly over the pixel range as Albumentations fill='random'.</summary>
    Random,

    /// <summary>One uniform random colour per hole (Albumentations fill='random_uniform').</summary>
    RandomUniform,
}
