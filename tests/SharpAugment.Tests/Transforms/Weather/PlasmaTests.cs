using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Weather;

namespace SharpAugment.Tests.Transforms.Weather;

/// <summary><c>plasma_shadow</c> and <c>plasma_brightness_contrast</c>: the pattern spans [0, 1] and is smooth, the formulas hold at their extremes.</summary>
public class PlasmaTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static Image<float> Run(string text, Image<float> image, ulong seed = 1) =>
        Assert.IsType<Image<float>>(Registry.Parse<Sample>(text).Apply(new Sample(image), new AugmentContext(new Rng(seed))).Image);

    private static Image<float> Flat(int w, int h, float v) => new(w, h, 1, Enumerable.Repeat(v, w * h).ToArray());

    [Fact]
    public void ShadowSpansOneToOneMinusIntensityAndIsSmooth()
    {
        var r = Run("plasma_shadow(p=1, shadow_intensity_range=0.6)", Flat(70, 50, 1f)).Pixels;
        // factor 1 - 0.6 * pattern, the pattern min-max normalized to [0, 1]
        Assert.Equal(1f, r.Max(), 5);
        Assert.Equal(0.4f, r.Min(), 5);
        // Albumentations' roughness 3 is rough: its own pattern (NumPy, seeds 0-4) gives mean horizontal steps of
        // 0.089-0.101 here, against 0.2 for independent uniform noise of the same range.
        double step = Enumerable.Range(0, 50).SelectMany(y => Enumerable.Range(0, 69).Select(x => (double)Math.Abs(r[(y * 70) + x + 1] - r[(y * 70) + x]))).Average();
        Assert.InRange(step, 0.03, 0.15);
    }

    [Fact]
    public void BrightnessOnlyAddsUpToTheFactor()
    {
        var r = Run("plasma_brightness_contrast(p=1, brightness_range=0.2, contrast_range=0)", Flat(40, 40, 0.5f)).Pixels;
        Assert.Equal(0.7f, r.Max(), 5);
        Assert.Equal(0.5f, r.Min(), 5);
    }

    [Fact]
    public void ContrastKeepsAFlatImage()
    {
        // x * w + mean * (1 - w) is x wherever x equals the mean.
        var r = Run("plasma_brightness_contrast(p=1, brightness_range=0, contrast_range=0.3)", Flat(40, 40, 0.5f)).Pixels;
        Assert.All(r, v => Assert.Equal(0.5f, v, 5));
    }

    [Fact]
    public void DifferentSeedsGiveDifferentPatterns()
    {
        var a = Run("plasma_shadow(p=1, shadow_intensity_range=0.5)", Flat(33, 33, 1f), 1).Pixels;
        var b = Run("plasma_shadow(p=1, shadow_intensity_range=0.5)", Flat(33, 33, 1f), 2).Pixels;
        Assert.NotEqual(a, b);
    }
}
