using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Blur;

/// <summary>
/// Albumentations GlassBlur: a Gaussian blur (kernel side round(sigma * 6 + 1) | 1 for bytes, round(sigma * 8 + 1) | 1
/// for floats, as cv2.GaussianBlur chooses), then per pass every pixel (y, x) from the bottom-right corner inwards (inside
/// a max_delta margin) swaps with (y + dy, x + dx), offsets drawn from -max_delta..max_delta-1, then the blur again.
/// The offsets come from a seed (recorded) instead of NumPy's generator; every channel.
/// </summary>
public sealed class GlassBlur(GlassBlurOptions options) : PixelTransform<GlassBlurOptions, GlassBlurParams>("glass_blur", options)
{
    /// <inheritdoc/>
    public override GlassBlurParams SampleParams(Sample sample, Rng rng) => new(rng.NextUInt64());

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, GlassBlurParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var taps = Taps((int)Math.Round((Options.Sigma * 6) + 1) | 1);
        var scratch = new float[Convolution.ByteScratchLength(image.Width, image.Height, image.Channels)];
        var x = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Convolution.Separable(image.Pixels, x.Pixels, scratch, image.Width, image.Height, image.Channels, taps, taps);
        Swap(x.Pixels, image.Width, image.Height, image.Channels, parameters.Seed);
        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Convolution.Separable(x.Pixels, dst.Pixels, scratch, image.Width, image.Height, image.Channels, taps, taps);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, GlassBlurParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var taps = Taps((int)Math.Round((Options.Sigma * 8) + 1) | 1);
        var scratch = new float[image.Pixels.Length];
        var x = Image<float>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Convolution.Separable(image.Pixels, x.Pixels, scratch, image.Width, image.Height, image.Channels, taps, taps);
        Swap(x.Pixels, image.Width, image.Height, image.Channels, parameters.Seed);
        var dst = Image<float>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Convolution.Separable(x.Pixels, dst.Pixels, scratch, image.Width, image.Height, image.Channels, taps, taps);
        PhotometricOps.ClampUnit(dst.Pixels);
        return dst;
    }

    private float[] Taps(int size)
    {
        var taps = new float[size];
        Convolution.GaussianKernel(taps, Options.Sigma);
        return taps;
    }

    private void Swap<T>(T[] px, int width, int height, int channels, ulong seed)
        where T : unmanaged
    {
        int d = Options.MaxDelta;
        var rng = new Rng(seed);
        var pairs = new List<(int A, int B)>();
        for (int it = 0; it < Options.Iterations; it++)
        {
            pairs.Clear();
            for (int x = width - d; x > d; x--)
            {
                for (int y = height - d; y > d; y--)
                {
                    int dy = rng.Next(-d, d), dx = rng.Next(-d, d);
                    int ty = y + dy, tx = x + dx;
                    if ((uint)y < (uint)height && (uint)x < (uint)width && (uint)ty < (uint)height && (uint)tx < (uint)width)
                    {
                        pairs.Add((((y * width) + x) * channels, ((ty * width) + tx) * channels));
                    }
                }
            }

            if (Options.Mode == GlassBlurMode.Exact)
            {
                foreach (var (a, b) in pairs)
                {
                    for (int c = 0; c < channels; c++)
                    {
                        (px[a + c], px[b + c]) = (px[b + c], px[a + c]);
                    }
                }

                continue;
            }

            // NumPy's x[h, w], x[h + dy, w + dx] = x[h + dy, w + dx], x[h, w]: both right sides are read first, then
            // the first target is written in order, then the second (later writes win).
            var old = (T[])px.Clone();
            foreach (var (a, b) in pairs)
            {
                for (int c = 0; c < channels; c++)
                {
                    px[a + c] = old[b + c];
                }
            }

            foreach (var (a, b) in pairs)
            {
                for (int c = 0; c < channels; c++)
                {
                    px[b + c] = old[a + c];
                }
            }
        }
    }
}
