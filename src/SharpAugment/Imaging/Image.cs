namespace SharpAugment.Imaging;

/// <summary>An image with interleaved pixels (height, width, channels) in one contiguous array; T is byte or float.</summary>
/// <typeparam name="T">byte (0..255) or float (nominally 0..1).</typeparam>
public sealed class Image<T> : IImage
    where T : unmanaged
{
    /// <summary>A zeroed image.</summary>
    public Image(int width, int height, int channels)
        : this(width, height, channels, RentChecked(width, height, channels))
    {
        Array.Clear(Pixels);
        _owned = 1;
    }

    /// <summary>Wraps an existing pixel array (not copied) of length width * height * channels.</summary>
    public Image(int width, int height, int channels, T[] pixels)
    {
        if (typeof(T) != typeof(byte) && typeof(T) != typeof(float))
        {
            throw new NotSupportedException($"Image<{typeof(T).Name}>: only byte and float pixels are supported.");
        }

        CheckSize(width, height, channels);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != (long)width * height * channels)
        {
            throw new ArgumentException($"Image: pixel array has {pixels.Length} elements, expected {width}x{height}x{channels} = {(long)width * height * channels}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    /// <summary>An image whose pixels are not zeroed, for kernels that write every element: skips clearing a buffer that is about to be overwritten.</summary>
    public static Image<T> CreateUninitialized(int width, int height, int channels) =>
        new(width, height, channels, RentChecked(width, height, channels)) { _owned = 1 };

    /// <summary>
    /// Hands this image's pixel array back for reuse by the next image of the same size created on this thread; call it
    /// when the image is finished with (e.g. after it was encoded or collated). The image must not be used afterwards.
    /// Images that wrap a caller's array are never recycled, and a second call does nothing.
    /// </summary>
    public void Recycle()
    {
        if (Interlocked.Exchange(ref _owned, 0) == 1)
        {
            PixelBufferPool<T>.Return(Pixels);
        }
    }

    // 1 while this image owns a pool-eligible array it has not yet recycled (arrays passed in by callers are never owned).
    private int _owned;

    /// <inheritdoc/>
    public int Width { get; }

    /// <inheritdoc/>
    public int Height { get; }

    /// <inheritdoc/>
    public int Channels { get; }

    /// <inheritdoc/>
    public PixelDepth Depth => typeof(T) == typeof(byte) ? PixelDepth.Byte : PixelDepth.Float;

    /// <summary>The pixels, row after row, channels interleaved.</summary>
    public T[] Pixels { get; }

    /// <summary>Elements per row (width * channels).</summary>
    public int Stride => Width * Channels;

    /// <summary>The pixels as a span.</summary>
    public Span<T> Span => Pixels;

    /// <summary>One row of pixels.</summary>
    public Span<T> Row(int y) => Pixels.AsSpan(y * Stride, Stride);

    /// <summary>One element, for tests and small tools (not for per-pixel loops).</summary>
    public T this[int x, int y, int c]
    {
        get => Pixels[(y * Width + x) * Channels + c];
        set => Pixels[(y * Width + x) * Channels + c] = value;
    }

    /// <summary>A deep copy.</summary>
    public Image<T> Clone()
    {
        var copy = CreateUninitialized(Width, Height, Channels);
        Pixels.AsSpan().CopyTo(copy.Pixels);
        return copy;
    }

    IImage IImage.Clone() => Clone();

    /// <summary>A new zeroed image of the same type with another size or channel count.</summary>
    public Image<T> Blank(int width, int height, int channels) => new(width, height, channels);

    /// <summary>Whether two images have the same size, channels and pixels.</summary>
    public bool ContentEquals(Image<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Width == other.Width && Height == other.Height && Channels == other.Channels &&
               Pixels.AsSpan().SequenceEqual(other.Pixels);
    }

    /// <summary>Size and type, for messages.</summary>
    public override string ToString() => $"Image<{typeof(T).Name}> {Width}x{Height}x{Channels}";

    private static T[] RentChecked(int width, int height, int channels)
    {
        CheckSize(width, height, channels);
        return PixelBufferPool<T>.Rent(width * height * channels);
    }

    private static void CheckSize(int width, int height, int channels)
    {
        if (width < 1 || height < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"Image: size {width}x{height} is invalid; width and height must be at least 1.");
        }

        if (channels is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "Image: channels must be 1 to 4.");
        }

        if ((long)width * height * channels > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"Image: {width}x{height}x{channels} is too large for one array.");
        }
    }
}
