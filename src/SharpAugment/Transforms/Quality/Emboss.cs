using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Quality;

/// <summary>Albumentations Emboss: correlation (cv2.filter2D, reflect-101) with (1 - alpha) * identity + alpha * [[-1 - s, -s, 0], [-s, 1, s], [0, s, 1 + s]]; masks, boxes and keypoints are untouched.</summary>
public sealed class Emboss(EmbossOptions options) : PixelTransform<EmbossOptions, EmbossParams>("emboss", options)
{
    /// <inheritdoc/>
    public override EmbossParams SampleParams(Sample sample, Rng rng)
    {
        double alpha = Options.Alpha.Sample(rng);
        return new(alpha, Options.Strength.Sample(rng));
    }

    /// <summary>The 3x3 correlation kernel for one draw, in float32 as Albumentations builds it.</summary>
    public static float[] Kernel(double alpha, double strength)
    {
        float s = (float)strength;
        return QualityOps.BlendWithIdentity(alpha, [(float)(-1 - strength), (float)-strength, 0f, (float)-strength, 1f, s, 0f, s, (float)(1 + strength)]);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, EmbossParams parameters) => QualityOps.Correlate(image, Kernel(parameters.Alpha, parameters.Strength), 3);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, EmbossParams parameters) => QualityOps.Correlate(image, Kernel(parameters.Alpha, parameters.Strength), 3);
}
