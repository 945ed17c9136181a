namespace SharpAugment.Imaging;

/// <summary>Conversions between byte and float images (float = byte / 255), as torchvision's convert_image_dtype.</summary>
public static class ImageConversions
{
    /// <summary>A float copy with values in [0, 1].</summary>
    public static Image<float> ToFloat(Image<byte> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = new Image<float>(image.Width, image.Height, image.Channels);
        System.Numerics.Tensors.TensorPrimitives.ConvertChecked<byte, float>(image.Pixels, dst.Pixels);
        System.Numerics.Tensors.TensorPrimitives.Multiply(dst.Pixels, 1f / 255f, dst.Pixels);
        return dst;
    }

    /// <summary>A byte copy: values clamped to [0, 1], scaled by 255 and rounded half to even.</summary>
    public static Image<byte> ToBytes(Image<float> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = new Image<byte>(image.Width, image.Height, image.Channels);
        var s = image.Pixels;
        var d = dst.Pixels;
        for (int i = 0; i < s.Length; i++)
        {
            float v = s[i] * 255f;
            d[i] = (byte)Math.Clamp(MathF.Round(float.IsNaN(v) ? 0 : v), 0f, 255f);
        }

        return dst;
    }

    /// <summary>The image as bytes, converting floats when needed (no copy for byte images).</summary>
    public static Image<byte> ToBytes(IImage image) => image switch
    {
        Image<byte> b => b,
        Image<float> f => ToBytes(f),
        _ => throw new NotSupportedException(image?.GetType().Name),
    };
}
