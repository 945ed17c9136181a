namespace SharpAugment.Transforms.Policies;

/// <summary>The operations of torchvision's automatic augmentation policies (timm adds SolarizeAdd).</summary>
public enum PolicyOp
{
    /// <summary>No change.</summary>
    Identity,

    /// <summary>Shear along x about the top-left corner.</summary>
    ShearX,

    /// <summary>Shear along y about the top-left corner.</summary>
    ShearY,

    /// <summary>Horizontal translation in whole pixels.</summary>
    TranslateX,

    /// <summary>Vertical translation in whole pixels.</summary>
    TranslateY,

    /// <summary>Rotation counter-clockwise in degrees.</summary>
    Rotate,

    /// <summary>Brightness factor 1 + m.</summary>
    Brightness,

    /// <summary>Saturation factor 1 + m (PIL's "Color").</summary>
    Color,

    /// <summary>Contrast factor 1 + m.</summary>
    Contrast,

    /// <summary>Sharpness factor 1 + m.</summary>
    Sharpness,

    /// <summary>Keep m bits.</summary>
    Posterize,

    /// <summary>Invert values at or above m.</summary>
    Solarize,

    /// <summary>Stretch each channel to the full range.</summary>
    AutoContrast,

    /// <summary>Histogram equalization.</summary>
    Equalize,

    /// <summary>255 - x.</summary>
    Invert,

    /// <summary>Add m to values below 128 (timm).</summary>
    SolarizeAdd,
}
