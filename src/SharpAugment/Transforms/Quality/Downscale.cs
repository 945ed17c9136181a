using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Quality;

/// <summary>
/// Albumentations Downscale: cv2.resize by fx = fy = scale (size round(side * scale), at least 1), then back to the
/// input size. Nearest follows OpenCV's mapping exactly: source = floor(x / scale) when shrinking (the factor, not the
/// rounded size ratio) and floor(x * small / big) when enlarging. The other interpolations run our resize on the
/// rounded sizes. Floats are resized directly (Albumentations rounds them to bytes first). Masks, boxes and keypoints are untouched.
/// </summary>
public sealed class Downscale(DownscaleOptions options) : PixelTransform<DownscaleOptions, DownscaleParams>("downscale", options)
{
    /// <inheritdoc/>
    public override DownscaleParams SampleParams(Sample sample, Rng rng) => new(Options.ScaleRange.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, DownscaleParams parameters) => Run(image, parameters.Scale);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, DownscaleParams parameters) => Run(image, parameters.Scale);

    private Image<T> Run<T>(Image<T> image, double scale)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!(scale > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "downscale: scale must be positive.");
        }

        // OpenCV: dsize = saturate_cast<int>(side * fx), i.e. rounded half to even.
        int w = Math.Max(1, (int)Math.Round(image.Width * scale, MidpointRounding.ToEven));
        int h = Math.Max(1, (int)Math.Round(image.Height * scale, MidpointRounding.ToEven));
        var small = Options.Down == Interpolation.Nearest
            ? Nearest(image, w, h, 1.0 / scale, 1.0 / scale)
            : SampleGeometry.ResizeImage(image, w, h, Options.Down, antialias: false);
        return Options.Up == Interpolation.Nearest
            ? Nearest(small, image.Width, image.Height, 1.0 / ((double)image.Width / w), 1.0 / ((double)image.Height / h))
            : SampleGeometry.ResizeImage(small, image.Width, image.Height, Options.Up, antialias: false);
    }

    /// <summary>OpenCV's resizeNN: destination x reads source min(floor(x * ifx), width - 1).</summary>
    private static Image<T> Nearest<T>(Image<T> src, int width, int height, double ifx, double ify)
        where T : unmanaged
    {
        int c = src.Channels;
        var dst = new Image<T>(width, height, c);
        var xs = new int[width];
        for (int x = 0; x < width; x++)
        {
            xs[x] = Math.Min((int)Math.Floor(x * ifx), src.Width - 1) * c;
        }

        var s = src.Pixels.AsSpan();
        var d = dst.Pixels.AsSpan();
        int srcStride = src.Width * c;
        for (int y = 0; y < height; y++)
        {
            int sy = Math.Min((int)Math.Floor(y * ify), src.Height - 1);
            var srow = s.Slice(sy * srcStride, srcStride);
            var drow = d.Slice(y * width * c, width * c);
            for (int x = 0; x < width; x++)
            {
                srow.Slice(xs[x], c).CopyTo(drow.Slice(x * c, c));
            }
        }

        return dst;
    }
}
