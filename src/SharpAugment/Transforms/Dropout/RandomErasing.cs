using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Dropout;

/// <summary>torchvision RandomErasing: up to 10 tries of area = HW*U(scale), r = exp(U(log ratio)), h = round(sqrt(area*r)), w = round(sqrt(area/r)), kept when h &lt; H and w &lt; W; then one rectangle filled. Only the image changes, as in torchvision.</summary>
public sealed class RandomErasing(RandomErasingOptions options) : ImageTransform<RandomErasingOptions, DropoutParams>("random_erasing", options)
{
    /// <inheritdoc/>
    public override DropoutParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        int height = sample.Height;
        int width = sample.Width;
        double area = (double)height * width;
        double logLo = Math.Log(Options.Ratio.Lo);
        double logHi = Math.Log(Options.Ratio.Hi);
        for (int attempt = 0; attempt < 10; attempt++)
        {
            double eraseArea = area * Options.Scale.Sample(rng);
            double ratio = Math.Exp(rng.Uniform(logLo, logHi));
            int h = (int)Math.Round(Math.Sqrt(eraseArea * ratio), MidpointRounding.ToEven);
            int w = (int)Math.Round(Math.Sqrt(eraseArea / ratio), MidpointRounding.ToEven);
            if (!(h < height && w < width))
            {
                continue;
            }

            int i = rng.Next(0, height - h + 1);
            int j = rng.Next(0, width - w + 1);
            return new DropoutParams([new DropoutHole(j, i, w, h)], rng.NextUInt64());
        }

        return new DropoutParams([], 0);
    }

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, DropoutParams parameters)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Holes.Count == 0)
        {
            return sample;
        }

        var image = DropoutOps.Fill(Name, sample.Image, parameters.Holes, Options.ValueMode, Options.Value, parameters.FillSeed, normalRandom: true);
        return sample with { Image = image };
    }
}
