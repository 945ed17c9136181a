using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Quality;

/// <summary>Albumentations Sharpen (method "kernel"): correlation (cv2.filter2D, reflect-101) with (1 - alpha) * identity + alpha * [[-1, -1, -1], [-1, 8 + lightness, -1], [-1, -1, -1]]; masks, boxes and keypoints are untouched.</summary>
public sealed class Sharpen(SharpenOptions options) : PixelTransform<SharpenOptions, SharpenParams>("sharpen", options)
{
    /// <inheritdoc/>
    public override SharpenParams SampleParams(Sample sample, Rng rng)
    {
        double alpha = Options.Alpha.Sample(rng);
        return new(alpha, Options.Lightness.Sample(rng));
    }

    /// <summary>The 3x3 correlation kernel for one draw, in float32 as Albumentations builds it.</summary>
    public static float[] Kernel(double alpha, double lightness)
    {
        float m = -1f;
        return QualityOps.BlendWithIdentity(alpha, [m, m, m, m, (float)(8 + lightness), m, m, m, m]);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, SharpenParams parameters) => QualityOps.Correlate(image, Kernel(parameters.Alpha, parameters.Lightness), 3);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, SharpenParams parameters) => QualityOps.Correlate(image, Kernel(parameters.Alpha, parameters.Lightness), 3);
}
