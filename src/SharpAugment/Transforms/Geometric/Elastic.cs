using System.Globalization;
using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Elastic deformation as torchvision's ElasticTransform: a uniform(-1, 1) field per axis, Gaussian-blurred, scaled by alpha; masks nearest, keypoints and boxes by inverting the field.</summary>
public sealed class Elastic(ElasticOptions options) : ImageTransform<ElasticOptions, ElasticParams>("elastic", options)
{
    /// <inheritdoc/>
    public override ElasticParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return new ElasticParams(Options.Alpha.Sample(rng), Options.Sigma.Sample(rng), rng.NextUInt64());
    }

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, ElasticParams parameters) => Apply(sample, parameters, CancellationToken.None);

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, ElasticParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        var (mapX, mapY) = Maps(sample.Width, sample.Height, parameters, cancellation);
        cancellation.ThrowIfCancellationRequested();
        return RemapGeometry.Apply(sample, mapX, mapY, Options.Interpolation, Options.BorderMode, Options.Fill, (byte)Options.FillMask);
    }

    /// <summary>The source index coordinates of every output pixel; the field blurs stop when <paramref name="cancellation"/> is cancelled.</summary>
    public static (float[] MapX, float[] MapY) Maps(int width, int height, ElasticParams parameters, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        // torchvision's kernel int(8 sigma + 1), made odd; its reflect padding must be smaller than the image (torch refuses otherwise).
        double kd = Math.Floor(8 * parameters.Sigma + 1);
        long k64 = kd >= int.MaxValue ? int.MaxValue : (long)kd;
        if (k64 % 2 == 0)
        {
            k64++;
        }

        GaussianBlur.CheckReflectPadding("elastic", "sigma", string.Create(CultureInfo.InvariantCulture, $"{parameters.Sigma} (a {k64}-tap displacement blur)"), k64, k64, width, height);
        int k = (int)k64;
        int n = width * height;
        var rng = new Rng(parameters.FieldSeed);
        var dx = new float[n];
        var dy = new float[n];
        for (int i = 0; i < n; i++)
        {
            dx[i] = rng.NextSingle() * 2 - 1;
        }

        for (int i = 0; i < n; i++)
        {
            dy[i] = rng.NextSingle() * 2 - 1;
        }

        // torchvision blurs the field with F.gaussian_blur: its float32 kernel and reflect padding.
        var kernel = new float[k];
        Convolution.GaussianKernel(kernel, parameters.Sigma);
        var scratch = new float[n];
        var mapX = new float[n];
        var mapY = new float[n];
        Convolution.Separable(dx, mapX, scratch, width, height, 1, kernel, kernel, cancellation);
        Convolution.Separable(dy, mapY, scratch, width, height, 1, kernel, kernel, cancellation);

        // torchvision scales both fields by alpha / size in normalized units (x by alpha/H, y by alpha/W), and a
        // normalized unit is half the image in pixels.
        float sx = (float)(parameters.Alpha / height * width / 2.0), sy = (float)(parameters.Alpha / width * height / 2.0);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = y * width + x;
                mapX[i] = x + mapX[i] * sx;
                mapY[i] = y + mapY[i] * sy;
            }
        }

        return (mapX, mapY);
    }
}
