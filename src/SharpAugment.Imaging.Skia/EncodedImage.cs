namespace SharpAugment.Imaging.Skia;

/// <summary>
/// A still-encoded image file as a sample's image: a pipeline that starts with random_resized_crop decodes only the
/// crop window of a JPEG (the same pixels a full decode has there), which is most of a training loader's time.
/// </summary>
public sealed class EncodedImage : IDeferredImage
{
    private readonly byte[] _encoded;
    private readonly long _maxPixels;

    private EncodedImage(byte[] encoded, long maxPixels)
    {
        _encoded = encoded;
        _maxPixels = maxPixels;
        (Width, Height, Channels) = ImageCodec.ReadHeader(encoded, maxPixels);
    }

    /// <summary>Reads a file and its header; pixels are decoded when a transform needs them.</summary>
    /// <exception cref="InvalidDataException">The file is empty, not an image or over the pixel limit.</exception>
    public static EncodedImage Load(string path, long maxPixels = ImageCodec.DefaultMaxPixels)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return new EncodedImage(File.ReadAllBytes(path), maxPixels);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Wraps encoded bytes (not copied: the caller must not change them) and reads their header.</summary>
    public static EncodedImage FromBytes(byte[] encoded, long maxPixels = ImageCodec.DefaultMaxPixels) =>
        new(encoded ?? throw new ArgumentNullException(nameof(encoded)), maxPixels);

    /// <inheritdoc/>
    public int Width { get; }

    /// <inheritdoc/>
    public int Height { get; }

    /// <inheritdoc/>
    public int Channels { get; }

    /// <inheritdoc/>
    public PixelDepth Depth => PixelDepth.Byte;

    /// <inheritdoc/>
    public IImage Decode(PixelWindow? window = null) =>
        window is { } w ? ImageCodec.DecodeWindow(_encoded, w, _maxPixels) : ImageCodec.Decode(_encoded, _maxPixels);

    /// <summary>The same encoded bytes: nothing here is ever modified, so a copy would only cost memory.</summary>
    public IImage Clone() => this;

    /// <summary>Nothing to hand back: the encoded bytes are not pooled pixels.</summary>
    public void Recycle()
    {
    }

    /// <summary>Size and source, for messages.</summary>
    public override string ToString() => $"EncodedImage {Width}x{Height}x{Channels} ({_encoded.Length} bytes)";
}
