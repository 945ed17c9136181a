namespace SharpAugment.Imaging;

/// <summary>
/// An image whose pixels are produced when a transform first needs them (for example still-encoded file bytes), so a
/// pipeline that starts with a crop decodes only the cropped window, as DALI's fused decode-and-crop does. Image
/// transforms decode it before they run; a sample that no transform touched still holds it (call <see cref="Decode"/>).
/// </summary>
public interface IDeferredImage : IImage
{
    /// <summary>The pixels: all of them for a null window, otherwise an image of the full size whose pixels are exact inside the window and unspecified outside it.</summary>
    IImage Decode(PixelWindow? window = null);
}
