using System.Buffers;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Quality;

/// <summary>
/// Albumentations UnsharpMask on [0, 1] floats: r = x - G(x); sharp = clip(x + alpha r, 0, 1); the mask |r| * 255 &gt;
/// threshold is blurred by the same Gaussian G (OpenCV's kernel, reflect-101) into a soft weight w, and the result is
/// sharp * w + x * (1 - w), clipped; bytes go through x / 255 and back rounded half to even. Masks, boxes and keypoints are untouched.
/// </summary>
public sealed class UnsharpMask(UnsharpMaskOptions options) : PixelTransform<UnsharpMaskOptions, UnsharpMaskParams>("unsharp_mask", options)
{
    /// <inheritdoc/>
    public override UnsharpMaskParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        // Odd sizes lo, lo + 2, ... up to hi, as Python's randrange(lo, hi + 1, 2).
        int lo = Options.BlurLimit.Lo, count = ((Options.BlurLimit.Hi - lo) / 2) + 1;
        int size = count <= 1 ? lo : lo + (2 * rng.Next(count));
        size |= 1;
        double sigma = Options.SigmaLimit.Sample(rng);
        return new(size, sigma, Options.Alpha.Sample(rng));
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, UnsharpMaskParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var floats = new float[image.Pixels.Length];
        var s = image.Pixels;
        for (int i = 0; i < floats.Length; i++)
        {
            floats[i] = s[i] / 255f;
        }

        var result = Sharpen(floats, image.Width, image.Height, image.Channels, parameters);
        var dst = new Image<byte>(image.Width, image.Height, image.Channels);
        var d = dst.Pixels;
        for (int i = 0; i < d.Length; i++)
        {
            d[i] = Filter2D.RoundByte(result[i] * 255f);
        }

        QualityOps.CopyAlpha(image.Pixels, dst.Pixels, image.Channels);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, UnsharpMaskParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = new Image<float>(image.Width, image.Height, image.Channels);
        Sharpen(image.Pixels.ToArray(), image.Width, image.Height, image.Channels, parameters).CopyTo(dst.Pixels);
        QualityOps.CopyAlpha(image.Pixels, dst.Pixels, image.Channels);
        return dst;
    }

    private float[] Sharpen(float[] x, int width, int height, int channels, UnsharpMaskParams p)
    {
        var kernel = new float[p.KernelSize];
        Filter2D.OpenCvGaussian(kernel, p.Sigma);
        int n = x.Length;
        var blur = new float[n];
        var scratch = ArrayPool<float>.Shared.Rent(Filter2D.SeparableScratchLength(width, height, channels, kernel.Length));
        try
        {
            Filter2D.Separable(x, blur, scratch, width, height, channels, kernel, kernel);
            float alpha = (float)p.Alpha;
            float threshold = Options.Threshold;
            var mask = new float[n];
            var sharp = new float[n];
            for (int i = 0; i < n; i++)
            {
                float r = x[i] - blur[i];
                mask[i] = MathF.Abs(r) * 255f > threshold ? 1f : 0f;
                sharp[i] = Math.Clamp(x[i] + (alpha * r), 0f, 1f);
            }

            Filter2D.Separable(mask, blur, scratch, width, height, channels, kernel, kernel);
            for (int i = 0; i < n; i++)
            {
                float w = blur[i];
                float a = sharp[i] * w;
                float b = x[i] * (1f - w);
                sharp[i] = Math.Clamp(a + b, 0f, 1f);
            }

            return sharp;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }
    }
}
