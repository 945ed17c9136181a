using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations FancyPCA as 2.0.8 computes it: on [0, 1] values, centre each channel on its mean, take the
/// eigenvectors V and eigenvalues l of the channel covariance (N - 1 denominator), sorted by decreasing eigenvalue, and
/// add V diag(alpha * l) c to each centred pixel c (a per-pixel linear map, not AlexNet's constant shift), then clip to
/// [0, 1]. Gray images add alpha * std * c. Bytes go through float32_io (/ 255, then rounded); RGBA keeps alpha.
/// Eigenvector signs are our Jacobi solver's, not LAPACK's: the weights are symmetric about 0, so the distribution is the same.
/// </summary>
public sealed class FancyPca(FancyPcaOptions options) : PixelTransform<FancyPcaOptions, FancyPcaParams>("fancy_pca", options)
{
    /// <inheritdoc/>
    public override FancyPcaParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var alphas = new double[Math.Min(sample.Image.Channels, 3)];
        for (int i = 0; i < alphas.Length; i++)
        {
            alphas[i] = (float)rng.Normal(0, Options.Alpha);
        }

        return new(alphas);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, FancyPcaParams parameters) =>
        ImageConversions.ToBytes(Apply(ImageConversions.ToFloat(image), parameters));

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, FancyPcaParams parameters) => Apply(image, parameters);

    private static Image<float> Apply(Image<float> image, FancyPcaParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (image.Channels != 4)
        {
            return ApplyColour(image, p);
        }

        // RGBA: the components of RGB only; alpha is copied.
        int count = image.Width * image.Height;
        var rgb = Image<float>.CreateUninitialized(image.Width, image.Height, 3);
        for (int i = 0; i < count; i++)
        {
            image.Pixels.AsSpan(4 * i, 3).CopyTo(rgb.Pixels.AsSpan(3 * i, 3));
        }

        var done = ApplyColour(rgb, p);
        var dst = image.Clone();
        for (int i = 0; i < count; i++)
        {
            done.Pixels.AsSpan(3 * i, 3).CopyTo(dst.Pixels.AsSpan(4 * i, 3));
        }

        return dst;
    }

    private static Image<float> ApplyColour(Image<float> image, FancyPcaParams p)
    {
        int c = image.Channels, n = image.Width * image.Height;
        var px = image.Pixels;
        var mean = new double[c];
        for (int i = 0; i < px.Length; i++)
        {
            mean[i % c] += px[i];
        }

        for (int k = 0; k < c; k++)
        {
            mean[k] /= Math.Max(n, 1);
        }

        var dst = Image<float>.CreateUninitialized(image.Width, image.Height, c);
        if (c == 1)
        {
            double var = 0;
            foreach (float v in px)
            {
                var += (v - mean[0]) * (v - mean[0]);
            }

            double scale = p.Alphas[0] * Math.Sqrt(var / Math.Max(n, 1));
            for (int i = 0; i < px.Length; i++)
            {
                double centred = px[i] - mean[0];
                dst.Pixels[i] = (float)Math.Clamp(px[i] + (scale * centred), 0, 1);
            }

            return dst;
        }

        var cov = new double[c, c];
        for (int i = 0; i < n; i++)
        {
            for (int a = 0; a < c; a++)
            {
                for (int b = a; b < c; b++)
                {
                    cov[a, b] += (px[(i * c) + a] - mean[a]) * (px[(i * c) + b] - mean[b]);
                }
            }
        }

        for (int a = 0; a < c; a++)
        {
            for (int b = a; b < c; b++)
            {
                cov[a, b] /= Math.Max(n - 1, 1);
                cov[b, a] = cov[a, b];
            }
        }

        var (values, vectors) = SymmetricEigen(cov, c);

        // noise = V diag(alpha * l) c: Albumentations multiplies the centred pixel, not a constant.
        var m = new double[c, c];
        for (int a = 0; a < c; a++)
        {
            for (int b = 0; b < c; b++)
            {
                m[a, b] = vectors[a, b] * p.Alphas[Math.Min(b, p.Alphas.Length - 1)] * values[b];
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int a = 0; a < c; a++)
            {
                double noise = 0;
                for (int b = 0; b < c; b++)
                {
                    noise += m[a, b] * (px[(i * c) + b] - mean[b]);
                }

                dst.Pixels[(i * c) + a] = (float)Math.Clamp(px[(i * c) + a] + noise, 0, 1);
            }
        }

        return dst;
    }

    /// <summary>Eigenvalues (decreasing) and eigenvectors (columns) of a small symmetric matrix by cyclic Jacobi rotations.</summary>
    private static (double[] Values, double[,] Vectors) SymmetricEigen(double[,] matrix, int n)
    {
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (int sweep = 0; sweep < 64; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-30)
            {
                break;
            }

            for (int p = 0; p < n; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    if (a[p, q] == 0)
                    {
                        continue;
                    }

                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    double cos = 1 / Math.Sqrt((t * t) + 1), sin = t * cos;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = (cos * akp) - (sin * akq);
                        a[k, q] = (sin * akp) + (cos * akq);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = (cos * apk) - (sin * aqk);
                        a[q, k] = (sin * apk) + (cos * aqk);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k, p], vkq = v[k, q];
                        v[k, p] = (cos * vkp) - (sin * vkq);
                        v[k, q] = (sin * vkp) + (cos * vkq);
                    }
                }
            }
        }

        var order = Enumerable.Range(0, n).OrderByDescending(i => a[i, i]).ToArray();
        var values = order.Select(i => a[i, i]).ToArray();
        var vectors = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            for (int k = 0; k < n; k++)
            {
                vectors[k, j] = v[k, order[j]];
            }
        }

        return (values, vectors);
    }
}
