using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Mixing;

/// <summary>YOLO's mosaic on a batch: output i joins sample i (top-left) and three samples drawn from the batch around a random centre; boxes, keypoints and masks follow their tile, labels weigh by tile area.</summary>
/// <remarks>YOLO lays four s x s images on a 2s x 2s canvas around a centre uniform in [s/2, 3s/2] and its random_perspective then crops
/// the central s x s window; this transform produces that window directly (no resize, pure copies), so the batch keeps its size.</remarks>
public sealed class Mosaic(MosaicOptions options) : BatchTransform<MosaicOptions, MosaicParams>("mosaic", options)
{
    /// <inheritdoc/>
    public override MosaicParams SampleParams(ImageBatch batch, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rng);
        var tiles = new MosaicTile[batch.Count];
        for (int i = 0; i < tiles.Length; i++)
        {
            int[] sources = [i, rng.Next(batch.Count), rng.Next(batch.Count), rng.Next(batch.Count)];
            int cx = (int)Math.Round(Options.CenterRange.Sample(rng) * batch.Width);
            int cy = (int)Math.Round(Options.CenterRange.Sample(rng) * batch.Height);
            tiles[i] = new MosaicTile(sources, cx, cy);
        }

        return new MosaicParams(tiles);
    }

    /// <inheritdoc/>
    public override ImageBatch Apply(ImageBatch batch, MosaicParams parameters)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Tiles.Count != batch.Count)
        {
            throw new ArgumentException($"mosaic: the parameters hold {parameters.Tiles.Count} tiles for a batch of {batch.Count}.", nameof(parameters));
        }

        int k = batch.NumClasses;
        var samples = new Sample[batch.Count];
        var labels = new float[batch.Labels.Length];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = Compose(batch, parameters.Tiles[i], labels.AsSpan(i * k, k));
        }

        return batch.With(samples, labels);
    }

    private static Sample Compose(ImageBatch batch, MosaicTile tile, Span<float> label)
    {
        int w = batch.Width;
        int h = batch.Height;
        if (tile.Sources.Count != 4)
        {
            throw new ArgumentException($"mosaic: a tile needs 4 sources, got {tile.Sources.Count}.", nameof(tile));
        }

        int cx = Math.Clamp(tile.CenterX, 0, w);
        int cy = Math.Clamp(tile.CenterY, 0, h);
        var main = batch.Samples[tile.Sources[0]];

        // Destination quadrant and the source pixel that lands on its top-left corner, in the order TL, TR, BL, BR.
        Span<MixBox> quads = [new(0, 0, cx, cy), new(cx, 0, w, cy), new(0, cy, cx, h), new(cx, cy, w, h)];
        Span<int> srcX = [w - cx, 0, w - cx, 0];
        Span<int> srcY = [h - cy, h - cy, 0, 0];

        var image = Blank(main.Image);
        var masks = new Image<byte>[main.Masks.Count];
        for (int m = 0; m < masks.Length; m++)
        {
            masks[m] = new Image<byte>(w, h, 1);
        }

        var boxes = new List<BoundingBox>();
        var points = new List<Keypoint>();
        label.Clear();
        double area = (double)w * h;
        for (int q = 0; q < 4; q++)
        {
            var src = batch.Samples[tile.Sources[q]];
            if (src.Masks.Count != masks.Length)
            {
                throw new ArgumentException($"mosaic: samples carry {main.Masks.Count} and {src.Masks.Count} masks; every sample of a batch needs the same number.");
            }

            var quad = quads[q];
            CopyImage(src.Image, image, srcX[q], srcY[q], quad);
            for (int m = 0; m < masks.Length; m++)
            {
                MixKernels.CopyBlock<byte>(src.Masks[m].Pixels, w, srcX[q], srcY[q], masks[m].Pixels, w, quad.XMin, quad.YMin, quad.Width, quad.Height, 1);
            }

            float dx = quad.XMin - srcX[q];
            float dy = quad.YMin - srcY[q];
            foreach (var b in src.Boxes)
            {
                SampleMixing.AddClipped(boxes, b, quad, dx, dy, main.Rules);
            }

            foreach (var p in src.Keypoints)
            {
                var moved = p with { X = p.X + dx, Y = p.Y + dy };
                if (quad.Contains(moved.X, moved.Y) || !main.Rules.RemoveInvisibleKeypoints)
                {
                    points.Add(moved);
                }
            }

            float weight = (float)(quad.Area / area);
            var row = batch.Label(tile.Sources[q]);
            for (int c = 0; c < label.Length; c++)
            {
                label[c] += weight * row[c];
            }
        }

        return main with { Image = image, Masks = masks, Boxes = boxes, Keypoints = points };
    }

    private static IImage Blank(IImage like) => like switch
    {
        Image<byte> b => new Image<byte>(b.Width, b.Height, b.Channels),
        Image<float> f => new Image<float>(f.Width, f.Height, f.Channels),
        _ => throw new NotSupportedException("mosaic: unsupported image type."),
    };

    private static void CopyImage(IImage source, IImage destination, int sx, int sy, MixBox quad)
    {
        switch (source, destination)
        {
            case (Image<byte> s, Image<byte> d):
                MixKernels.CopyBlock<byte>(s.Pixels, s.Width, sx, sy, d.Pixels, d.Width, quad.XMin, quad.YMin, quad.Width, quad.Height, s.Channels);
                break;
            case (Image<float> s, Image<float> d):
                MixKernels.CopyBlock<float>(s.Pixels, s.Width, sx, sy, d.Pixels, d.Width, quad.XMin, quad.YMin, quad.Width, quad.Height, s.Channels);
                break;
            default:
                throw new ArgumentException("mosaic: every image of the batch must have one pixel type.");
        }
    }
}
