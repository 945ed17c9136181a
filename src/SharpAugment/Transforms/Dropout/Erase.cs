using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Dropout;

/// <summary>torchvision erase: fills one fixed rectangle of the image with a value; masks, boxes and keypoints are untouched.</summary>
public sealed class Erase(EraseOptions options) : ImageTransform<EraseOptions, NoParams>("erase", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var hole = new DropoutHole(Options.X, Options.Y, Options.Width, Options.Height);
        var image = DropoutOps.Fill(Name, sample.Image, [hole], FillMode.Constant, Options.Value, 0, normalRandom: false);
        return sample with { Image = image };
    }
}
