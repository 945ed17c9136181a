using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Training;

/// <summary>A still-encoded image whose decoded pixels are converted to another channel count, staying deferred so a crop still decodes only its window.</summary>
internal sealed class ConvertedImage(IDeferredImage inner, int channels) : IDeferredImage
{
    /// <inheritdoc/>
    public int Width => inner.Width;

    /// <inheritdoc/>
    public int Height => inner.Height;

    /// <inheritdoc/>
    public int Channels => channels;

    /// <inheritdoc/>
    public PixelDepth Depth => PixelDepth.Byte;

    /// <summary>The inner pixels converted: the conversion is per pixel, so window pixels stay exact.</summary>
    public IImage Decode(PixelWindow? window = null)
    {
        var decoded = ImageConversions.ToBytes(inner.Decode(window));
        var converted = Image<byte>.CreateUninitialized(decoded.Width, decoded.Height, channels);
        PixelPacking.ConvertChannels(decoded.Pixels, decoded.Channels, converted.Pixels, channels, decoded.Width * decoded.Height);
        decoded.Recycle();
        return converted;
    }

    /// <summary>Nothing here changes, so the same object serves as its copy.</summary>
    public IImage Clone() => this;

    /// <summary>No pooled pixels are held until <see cref="Decode"/>.</summary>
    public void Recycle()
    {
    }

    /// <summary>Size and conversion, for messages.</summary>
    public override string ToString() => $"{inner} as {channels} channels";
}
