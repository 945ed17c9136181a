using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision ColorJitter: a random permutation of brightness, contrast, saturation and hue, with factors drawn in b, c, s, h order.</summary>
public sealed class ColorJitter(ColorJitterOptions options) : PixelTransform<ColorJitterOptions, ColorJitterParams>("color_jitter", options)
{
    private readonly Pipelines.FloatRange? _brightness = ColorJitterOptions.FactorRange(options.Brightness);
    private readonly Pipelines.FloatRange? _contrast = ColorJitterOptions.FactorRange(options.Contrast);
    private readonly Pipelines.FloatRange? _saturation = ColorJitterOptions.FactorRange(options.Saturation);
    private readonly Pipelines.FloatRange? _hue = ColorJitterOptions.HueRange(options.Hue);

    /// <inheritdoc/>
    public override ColorJitterParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var order = rng.Permutation(4);
        double? b = _brightness?.Sample(rng);
        double? c = _contrast?.Sample(rng);
        double? s = _saturation?.Sample(rng);
        double? h = _hue?.Sample(rng);
        return new ColorJitterParams(order, b, c, s, h);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, ColorJitterParams parameters) =>
        Chain(image, parameters, PhotometricOps.Brightness, PhotometricOps.Contrast, PhotometricOps.Saturation, PhotometricOps.Hue);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, ColorJitterParams parameters) =>
        Chain(image, parameters, PhotometricOps.Brightness, PhotometricOps.Contrast, PhotometricOps.Saturation, PhotometricOps.Hue);

    private static Image<T> Chain<T>(Image<T> image, ColorJitterParams parameters, Op<T> brightness, Op<T> contrast, Op<T> saturation, Op<T> hue)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var img = image;
        foreach (int op in parameters.Order)
        {
            img = op switch
            {
                0 when parameters.Brightness is double b => brightness(img, b),
                1 when parameters.Contrast is double c => contrast(img, c),
                2 when parameters.Saturation is double s => saturation(img, s),
                3 when parameters.Hue is double h => hue(img, h),
                _ => img,
            };
        }

        return ReferenceEquals(img, image) ? image.Clone() : img;
    }

    private delegate Image<T> Op<T>(Image<T> image, double factor)
        where T : unmanaged;
}
