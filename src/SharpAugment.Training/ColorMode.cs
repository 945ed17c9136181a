namespace SharpAugment.Training;

/// <summary>The channels every image of an <see cref="ImageDataset"/> is converted to, so gray, RGB and RGBA files can share one folder and one batch.</summary>
public enum ColorMode
{
    /// <summary>Three channels, as torchvision's ImageFolder loader (<c>Image.convert("RGB")</c>): gray is copied into R, G and B, alpha dropped.</summary>
    Rgb,

    /// <summary>One channel: colour becomes Pillow's <c>convert("L")</c> luma.</summary>
    Gray,

    /// <summary>Four channels: opaque files get alpha 255.</summary>
    Rgba,
}
