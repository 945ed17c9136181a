using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Quality;

/// <summary>
/// Albumentations ChromaticAberration: the red and blue channels are each resampled through OpenCV's radial lens model
/// (initUndistortRectifyMap with camera matrix fx = width, fy = height, centre (width / 2, height / 2), coefficients
/// k1, k2) with replicated borders; green (and alpha) stay. Albumentations accepts only RGB; a gray image is returned
/// unchanged. Masks, boxes and keypoints are untouched.
/// </summary>
public sealed class ChromaticAberration(ChromaticAberrationOptions options) : PixelTransform<ChromaticAberrationOptions, ChromaticAberrationParams>("chromatic_aberration", options)
{
    /// <inheritdoc/>
    public override ChromaticAberrationParams SampleParams(Sample sample, Rng rng)
    {
        double pr = Options.PrimaryDistortionLimit.Sample(rng);
        double sr = Options.SecondaryDistortionLimit.Sample(rng);
        double pb = Options.PrimaryDistortionLimit.Sample(rng);
        double sb = Options.SecondaryDistortionLimit.Sample(rng);
        sr = MatchSign(pr, sr);
        sb = MatchSign(pb, sb);
        if (Options.Mode == ChromaticAberrationMode.GreenPurple)
        {
            pb = MatchSign(pr, pb);
            sb = MatchSign(sr, sb);
        }
        else if (Options.Mode == ChromaticAberrationMode.RedBlue)
        {
            pb = UnmatchSign(pr, pb);
            sb = UnmatchSign(sr, sb);
        }

        return new(pr, sr, pb, sb);
    }

    // b with the sign of a (unchanged when either is zero).
    private static double MatchSign(double a, double b) => (a < 0 && b > 0) || (a > 0 && b < 0) ? -b : b;

    // b with the sign opposite to a's (unchanged when either is zero).
    private static double UnmatchSign(double a, double b) => (a < 0 && b < 0) || (a > 0 && b > 0) ? -b : b;

    /// <summary>OpenCV's undistortion map for k1, k2 (no tangential terms), as float32 source coordinates.</summary>
    public static (float[] X, float[] Y) Maps(int width, int height, double k1, double k2)
    {
        var mx = new float[width * height];
        var my = new float[width * height];
        // The camera matrix is float32 in Albumentations; the map arithmetic is OpenCV's, in double.
        double fx = (float)width, fy = (float)height, cx = (float)(width / 2.0), cy = (float)(height / 2.0);
        double k1f = (float)k1, k2f = (float)k2;
        for (int v = 0; v < height; v++)
        {
            double y = (v - cy) / fy;
            for (int u = 0; u < width; u++)
            {
                double x = (u - cx) / fx;
                double r2 = (x * x) + (y * y);
                double kr = 1 + (((k2f * r2) + k1f) * r2);
                mx[(v * width) + u] = (float)((fx * x * kr) + cx);
                my[(v * width) + u] = (float)((fy * y * kr) + cy);
            }
        }

        return (mx, my);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, ChromaticAberrationParams parameters) => Run(image, parameters);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, ChromaticAberrationParams parameters) => Run(image, parameters);

    private Image<T> Run<T>(Image<T> image, ChromaticAberrationParams p)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(p);
        var dst = image.Clone();
        if (image.Channels < 3)
        {
            return dst;
        }

        Distort(image, dst, 0, p.PrimaryRed, p.SecondaryRed);
        Distort(image, dst, 2, p.PrimaryBlue, p.SecondaryBlue);
        return dst;
    }

    private void Distort<T>(Image<T> src, Image<T> dst, int channel, double k1, double k2)
        where T : unmanaged
    {
        int n = src.Width * src.Height, c = src.Channels;
        var plane = new Image<T>(src.Width, src.Height, 1);
        for (int i = 0; i < n; i++)
        {
            plane.Pixels[i] = src.Pixels[(i * c) + channel];
        }

        var (mx, my) = Maps(src.Width, src.Height, k1, k2);
        var moved = RemapGeometry.RemapImage(plane, mx, my, Options.Interpolation, BorderMode.Replicate, [0f]);
        for (int i = 0; i < n; i++)
        {
            dst.Pixels[(i * c) + channel] = moved.Pixels[i];
        }
    }
}
