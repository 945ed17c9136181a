using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations HueSaturationValue on OpenCV's 8-bit HSV: hue through the table (h + shift) mod 180 truncated,
/// saturation and value shifted by the shift truncated to an integer and saturated (pixels with S = 0 stay gray), then
/// back to RGB. Albumentations 2.0.8 with albucore 0.0.24 fails on a negative saturation or value shift for uint8 (its
/// float sum cannot be merged back); the saturating result here is what the shift means. Gray images take only the
/// value shift; floats go through bytes (uint8_io); RGBA keeps alpha.
/// </summary>
public sealed class HueSaturationValue(HueSaturationValueOptions options)
    : PixelTransform<HueSaturationValueOptions, HueSaturationValueParams>("hue_saturation_value", options)
{
    /// <inheritdoc/>
    public override HueSaturationValueParams SampleParams(Sample sample, Rng rng) =>
        new(Options.HueShiftLimit.Sample(rng), Options.SatShiftLimit.Sample(rng), Options.ValShiftLimit.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, HueSaturationValueParams parameters) => Shift(image, parameters);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, HueSaturationValueParams parameters) => AlbumentationsIo.ViaBytes(image, b => Shift(b, parameters));

    private static Image<byte> Shift(Image<byte> image, HueSaturationValueParams p)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(p);
        if (p.HueShift == 0 && p.SatShift == 0 && p.ValShift == 0)
        {
            return image.Clone();
        }

        int val = (int)p.ValShift;
        if (image.Channels < 3)
        {
            Span<byte> table = stackalloc byte[256];
            for (int i = 0; i < 256; i++)
            {
                table[i] = (byte)Math.Clamp(i + val, 0, 255);
            }

            return PhotometricOps.WithTable(image, table);
        }

        return AlbumentationsIo.OnRgb(image, rgb => ShiftRgb(rgb, p));
    }

    private static Image<byte> ShiftRgb(Image<byte> rgb, HueSaturationValueParams p)
    {
        var hsv = Image<byte>.CreateUninitialized(rgb.Width, rgb.Height, 3);
        OpenCvColor.RgbToHsv(rgb.Pixels, hsv.Pixels);
        Span<byte> hue = stackalloc byte[256];
        for (int i = 0; i < 256; i++)
        {
            double h = (i + p.HueShift) % 180;
            hue[i] = (byte)(h < 0 ? h + 180 : h);
        }

        int sat = (int)p.SatShift, val = (int)p.ValShift;
        var px = hsv.Pixels;
        for (int i = 0; i < px.Length; i += 3)
        {
            if (p.HueShift != 0)
            {
                px[i] = hue[px[i]];
            }

            if (sat != 0 && px[i + 1] != 0)
            {
                px[i + 1] = (byte)Math.Clamp(px[i + 1] + sat, 0, 255);
            }

            px[i + 2] = (byte)Math.Clamp(px[i + 2] + val, 0, 255);
        }

        var dst = Image<byte>.CreateUninitialized(rgb.Width, rgb.Height, 3);
        OpenCvColor.HsvToRgb(hsv.Pixels, dst.Pixels, rgb.Width, rgb.Height);
        return dst;
    }
}
