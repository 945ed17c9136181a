using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Blur;

/// <summary>
/// Albumentations ZoomBlur: the mean of the image and its central zooms by 1, 1 + step, ... (below max_factor): each
/// zoom crops the centre ceil(side / f), resizes it bilinearly (half-pixel centres, as cv2.resize) to int(side * f)
/// and trims the centre back to the image size. Computed in float32 (bytes through float32_io: / 255, then rounded),
/// every channel.
/// </summary>
public sealed class ZoomBlur(ZoomBlurOptions options) : PixelTransform<ZoomBlurOptions, ZoomBlurParams>("zoom_blur", options)
{
    /// <inheritdoc/>
    public override ZoomBlurParams SampleParams(Sample sample, Rng rng)
    {
        double step = Options.StepFactor.Sample(rng);
        return new(Math.Max(1 + step, Options.MaxFactor.Sample(rng)), step);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, ZoomBlurParams parameters) =>
        ImageConversions.ToBytes(Zoom(ImageConversions.ToFloat(image), parameters));

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, ZoomBlurParams parameters) => Zoom(image, parameters);

    private static Image<float> Zoom(Image<float> image, ZoomBlurParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        int w = image.Width, h = image.Height, c = image.Channels;
        var sum = new float[image.Pixels.Length];
        int n = 0;
        for (double f = 1.0; f < p.MaxFactor; f = 1.0 + ((n + 1) * p.StepFactor))
        {
            AddCentralZoom(image, f, sum);
            n++;
            if (n > 10000)
            {
                break;
            }
        }

        var dst = Image<float>.CreateUninitialized(w, h, c);
        for (int i = 0; i < sum.Length; i++)
        {
            dst.Pixels[i] = Math.Clamp((image.Pixels[i] + sum[i]) / (n + 1), 0f, 1f);
        }

        return dst;
    }

    private static void AddCentralZoom(Image<float> image, double f, float[] sum)
    {
        int w = image.Width, h = image.Height, c = image.Channels;
        int cw = (int)Math.Ceiling(w / f), ch = (int)Math.Ceiling(h / f);
        int left = (w - cw) / 2, top = (h - ch) / 2;
        int rw = (int)(cw * f), rh = (int)(ch * f);
        int trimX = (rw - w) / 2, trimY = (rh - h) / 2;
        double sx = (double)cw / rw, sy = (double)ch / rh;
        for (int y = 0; y < h; y++)
        {
            int ry = y + trimY;
            if (ry < 0 || ry >= rh)
            {
                continue;
            }

            double fy = ((ry + 0.5) * sy) - 0.5;
            int y0 = (int)Math.Floor(fy);
            float wy = (float)(fy - y0);
            int ya = top + Math.Clamp(y0, 0, ch - 1), yb = top + Math.Clamp(y0 + 1, 0, ch - 1);
            for (int x = 0; x < w; x++)
            {
                int rx = x + trimX;
                if (rx < 0 || rx >= rw)
                {
                    continue;
                }

                double fx = ((rx + 0.5) * sx) - 0.5;
                int x0 = (int)Math.Floor(fx);
                float wx = (float)(fx - x0);
                int xa = left + Math.Clamp(x0, 0, cw - 1), xb = left + Math.Clamp(x0 + 1, 0, cw - 1);
                for (int k = 0; k < c; k++)
                {
                    float top0 = image.Pixels[(((ya * w) + xa) * c) + k], top1 = image.Pixels[(((ya * w) + xb) * c) + k];
                    float bot0 = image.Pixels[(((yb * w) + xa) * c) + k], bot1 = image.Pixels[(((yb * w) + xb) * c) + k];
                    float t = top0 + ((top1 - top0) * wx), b = bot0 + ((bot1 - bot0) * wx);
                    sum[(((y * w) + x) * c) + k] += t + ((b - t) * wy);
                }
            }
        }
    }
}
