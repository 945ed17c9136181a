using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations ToSepia: the sepia matrix [[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]] on RGB
/// through cv2.transform, whose uint8 path rounds the matrix to 10-bit fixed point ((sum + 512) &gt;&gt; 10, saturated:
/// exact here); floats are multiplied in float32 and clipped to [0, 1]. Gray images are returned unchanged, as there;
/// RGBA keeps alpha.
/// </summary>
public sealed class ToSepia(ToSepiaOptions options) : PixelTransform<ToSepiaOptions, NoParams>("to_sepia", options)
{
    private static readonly float[] Matrix = [0.393f, 0.769f, 0.189f, 0.349f, 0.686f, 0.168f, 0.272f, 0.534f, 0.131f];

    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = image.Clone();
        if (image.Channels < 3)
        {
            return dst;
        }

        Span<int> m = stackalloc int[9];
        for (int i = 0; i < 9; i++)
        {
            m[i] = (int)MathF.Round(Matrix[i] * 1024);
        }

        var d = dst.Pixels;
        for (int i = 0; i < d.Length; i += image.Channels)
        {
            int r = d[i], g = d[i + 1], b = d[i + 2];
            d[i] = (byte)Math.Min(((m[0] * r) + (m[1] * g) + (m[2] * b) + 512) >> 10, 255);
            d[i + 1] = (byte)Math.Min(((m[3] * r) + (m[4] * g) + (m[5] * b) + 512) >> 10, 255);
            d[i + 2] = (byte)Math.Min(((m[6] * r) + (m[7] * g) + (m[8] * b) + 512) >> 10, 255);
        }

        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = image.Clone();
        if (image.Channels < 3)
        {
            return dst;
        }

        var d = dst.Pixels;
        var m = Matrix;
        for (int i = 0; i < d.Length; i += image.Channels)
        {
            float r = d[i], g = d[i + 1], b = d[i + 2];
            d[i] = Math.Clamp((m[0] * r) + (m[1] * g) + (m[2] * b), 0f, 1f);
            d[i + 1] = Math.Clamp((m[3] * r) + (m[4] * g) + (m[5] * b), 0f, 1f);
            d[i + 2] = Math.Clamp((m[6] * r) + (m[7] * g) + (m[8] * b), 0f, 1f);
        }

        return dst;
    }
}
