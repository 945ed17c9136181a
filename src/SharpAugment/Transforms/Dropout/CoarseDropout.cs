using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Dropout;

/// <summary>Albumentations CoarseDropout (also registered as <c>cutout</c>): random rectangles filled in the image, optionally in masks; keypoints inside holes and boxes hidden beyond the sample's rules are dropped.</summary>
public sealed class CoarseDropout : ImageTransform<CoarseDropoutOptions, DropoutParams>
{
    /// <summary>Builds the transform under the name it was registered with (coarse_dropout or cutout).</summary>
    public CoarseDropout(CoarseDropoutOptions options, string name = "coarse_dropout")
        : base(name, options)
    {
    }

    /// <inheritdoc/>
    public override DropoutParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        int height = sample.Height;
        int width = sample.Width;
        int count = Options.NumHolesRange.Sample(rng);
        var holes = new DropoutHole[count];
        for (int k = 0; k < count; k++)
        {
            int h = Size(Options.HoleHeightRange, height, rng);
            int w = Size(Options.HoleWidthRange, width, rng);
            int y = rng.Next(0, Math.Max(0, height - h) + 1);
            int x = rng.Next(0, Math.Max(0, width - w) + 1);
            holes[k] = new DropoutHole(x, y, w, h);
        }

        return new DropoutParams(holes, rng.NextUInt64());
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

        return sample with
        {
            Image = DropoutOps.Fill(Name, sample.Image, parameters.Holes, Options.FillMode, Options.Fill, parameters.FillSeed, normalRandom: false),
            Masks = DropoutOps.FillMasks(sample.Masks, parameters.Holes, Options.FillMask),
            Boxes = DropoutOps.FilterBoxes(sample, parameters.Holes),
            Keypoints = DropoutOps.FilterKeypoints(sample, parameters.Holes),
        };
    }

    /// <summary>Albumentations calculate_hole_dimensions: integers in [lo, min(hi, side)] when hi &gt;= 1, else int(side * U(lo, hi)).</summary>
    private static int Size(FloatRange range, int side, Rng rng)
    {
        if (range.Hi >= 1)
        {
            int lo = (int)range.Lo;
            int hi = Math.Min((int)range.Hi, side);
            return lo >= hi ? Math.Min(lo, side) : rng.Next(lo, hi + 1);
        }

        return (int)(side * range.Sample(rng));
    }
}
