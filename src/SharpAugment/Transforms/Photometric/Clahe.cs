using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations CLAHE: OpenCV's contrast-limited adaptive histogram equalization on a gray image, or on the L channel
/// of OpenCV's 8-bit Lab for RGB (a and b kept); floats go through bytes (uint8_io); RGBA keeps alpha.
/// </summary>
public sealed class Clahe(ClaheOptions options) : PixelTransform<ClaheOptions, ClaheParams>("clahe", options)
{
    /// <inheritdoc/>
    public override ClaheParams SampleParams(Sample sample, Rng rng) => new(Options.ClipLimit.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, ClaheParams parameters) => Equalize(image, parameters);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, ClaheParams parameters) => AlbumentationsIo.ViaBytes(image, b => Equalize(b, parameters));

    private Image<byte> Equalize(Image<byte> image, ClaheParams p)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(p);
        int tx = Options.TileGridSize[0], ty = Options.TileGridSize[1];
        if (image.Channels < 3)
        {
            var gray = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
            if (image.Channels == 1)
            {
                Kernels.Clahe.Apply(image.Pixels, gray.Pixels, image.Width, image.Height, tx, ty, p.ClipLimit);
                return gray;
            }

            return image.Clone();
        }

        return AlbumentationsIo.OnRgb(image, rgb =>
        {
            int n = rgb.Width * rgb.Height;
            var lab = new byte[n * 3];
            Kernels.OpenCvColor.RgbToLab(rgb.Pixels, lab);
            var l = new byte[n];
            for (int i = 0; i < n; i++)
            {
                l[i] = lab[3 * i];
            }

            var eq = new byte[n];
            Kernels.Clahe.Apply(l, eq, rgb.Width, rgb.Height, tx, ty, p.ClipLimit);
            for (int i = 0; i < n; i++)
            {
                lab[3 * i] = eq[i];
            }

            var dst = Image<byte>.CreateUninitialized(rgb.Width, rgb.Height, 3);
            Kernels.OpenCvColor.LabToRgb(lab, dst.Pixels);
            return dst;
        });
    }
}
