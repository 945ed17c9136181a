using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Dropout;

/// <summary>Fills holes in images and masks and filters the boxes and keypoints they cover (Albumentations BaseDropout).</summary>
internal static class DropoutOps
{
    /// <summary>A copy of the image with every hole filled. Constant values are in 0..255 units (divided by 255 for float images).</summary>
    /// <param name="name">The transform, for messages.</param>
    /// <param name="image">The input image (not modified).</param>
    /// <param name="holes">Rectangles to fill.</param>
    /// <param name="mode">The fill mode.</param>
    /// <param name="values">Constant values: one, or one per channel.</param>
    /// <param name="seed">Seeds random fills.</param>
    /// <param name="normalRandom">Random mode draws N(0, 1) (torchvision) instead of uniform values (Albumentations).</param>
    public static IImage Fill(string name, IImage image, IReadOnlyList<DropoutHole> holes, FillMode mode, double[] values, ulong seed, bool normalRandom)
    {
        return image switch
        {
            Image<byte> b => FillTyped(name, b, holes, mode, values, seed, normalRandom, static v => (byte)Math.Clamp(Math.Round(v), 0, 255), static u => (byte)Math.Min(255, (int)(u * 256)), static z => (byte)Math.Clamp(Math.Round(Math.Clamp(z, 0, 1) * 255), 0, 255)),
            Image<float> f => FillTyped(name, f, holes, mode, values, seed, normalRandom, static v => (float)(v / 255.0), static u => (float)u, static z => (float)z),
            _ => throw new NotSupportedException($"{name}: unsupported image type {image.GetType().Name}."),
        };
    }

    /// <summary>Masks with the holes set to <paramref name="fillMask"/>, or the same masks when it is null.</summary>
    public static IReadOnlyList<Image<byte>> FillMasks(IReadOnlyList<Image<byte>> masks, IReadOnlyList<DropoutHole> holes, double? fillMask)
    {
        if (fillMask is not double v || masks.Count == 0 || holes.Count == 0)
        {
            return masks;
        }

        Span<byte> value = [(byte)Math.Clamp(Math.Round(v), 0, 255)];
        var result = new Image<byte>[masks.Count];
        for (int m = 0; m < masks.Count; m++)
        {
            var copy = masks[m].Clone();
            foreach (var h in holes)
            {
                RectFill.Constant<byte>(copy.Pixels, copy.Width, copy.Height, 1, h.X, h.Y, h.Width, h.Height, value);
            }

            result[m] = copy;
        }

        return result;
    }

    /// <summary>Albumentations filter_keypoints_in_holes: keypoints inside any hole are dropped when the sample's rules drop invisible keypoints.</summary>
    public static IReadOnlyList<Keypoint> FilterKeypoints(Sample sample, IReadOnlyList<DropoutHole> holes)
    {
        if (holes.Count == 0 || sample.Keypoints.Count == 0 || !sample.Rules.RemoveInvisibleKeypoints)
        {
            return sample.Keypoints;
        }

        var kept = new List<Keypoint>(sample.Keypoints.Count);
        foreach (var k in sample.Keypoints)
        {
            bool inside = false;
            foreach (var h in holes)
            {
                inside |= h.Contains(k.X, k.Y);
            }

            if (!inside)
            {
                kept.Add(k);
            }
        }

        return kept;
    }

    /// <summary>Albumentations 2.x filter_bboxes_by_holes: a box is kept when some of it stays visible, its uncovered area (integer pixels) is at least MinArea and its visible fraction at least MinVisibility; a kept box shrinks to its visible pixels.</summary>
    public static IReadOnlyList<BoundingBox> FilterBoxes(Sample sample, IReadOnlyList<DropoutHole> holes)
    {
        if (holes.Count == 0 || sample.Boxes.Count == 0)
        {
            return sample.Boxes;
        }

        int w = sample.Width;
        int h = sample.Height;
        var covered = new bool[w * h];
        foreach (var hole in holes)
        {
            for (int y = Math.Max(0, hole.Y); y < Math.Min(h, hole.Y + hole.Height); y++)
            {
                for (int x = Math.Max(0, hole.X); x < Math.Min(w, hole.X + hole.Width); x++)
                {
                    covered[(y * w) + x] = true;
                }
            }
        }

        var kept = new List<BoundingBox>(sample.Boxes.Count);
        foreach (var b in sample.Boxes)
        {
            int x0 = (int)b.XMin;
            int y0 = (int)b.YMin;
            int x1 = (int)b.XMax;
            int y1 = (int)b.YMax;
            long area = (long)(x1 - x0) * (y1 - y0);
            long hidden = 0;
            int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
            for (int y = Math.Max(0, y0); y < Math.Min(h, y1); y++)
            {
                for (int x = Math.Max(0, x0); x < Math.Min(w, x1); x++)
                {
                    if (covered[(y * w) + x])
                    {
                        hidden++;
                        continue;
                    }

                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }

            double remaining = area - hidden;
            double visibility = area > 0 ? 1.0 - ((double)hidden / area) : 0.0;
            if (remaining > 0 && right >= 0 && remaining >= sample.Rules.MinArea && visibility >= sample.Rules.MinVisibility)
            {
                // Albumentations 2.x (resize_boxes_to_visible_area) shrinks a kept box to the integer pixels left visible.
                kept.Add(b with { XMin = left, YMin = top, XMax = right + 1, YMax = bottom + 1 });
            }
        }

        return kept;
    }

    /// <summary>Converts the written values to one per channel, naming the transform when the count does not fit.</summary>
    public static void PerChannel(string name, string parameter, double[] values, int channels, Span<double> result)
    {
        if (values.Length != 1 && values.Length != channels)
        {
            throw new ArgumentException($"{name}: {parameter} has {values.Length} values; a {channels}-channel image needs 1 or {channels}.");
        }

        for (int c = 0; c < channels; c++)
        {
            result[c] = values[values.Length == 1 ? 0 : c];
        }
    }

    private static Image<T> FillTyped<T>(string name, Image<T> image, IReadOnlyList<DropoutHole> holes, FillMode mode, double[] values, ulong seed, bool normalRandom, Func<double, T> constant, Func<double, T> uniform, Func<double, T> normal)
        where T : unmanaged
    {
        int channels = image.Channels;
        var rng = new Rng(seed);
        Span<T> value = stackalloc T[4];
        if (mode == FillMode.Constant)
        {
            Span<double> v = stackalloc double[4];
            PerChannel(name, "value", values, channels, v);
            for (int c = 0; c < channels; c++)
            {
                value[c] = constant(v[c]);
            }
        }

        if (holes.Count == 1 && mode == FillMode.Constant)
        {
            // One constant hole (erase, random_erasing): copy around it instead of copying the image and overwriting.
            var h = holes[0];
            var erased = Image<T>.CreateUninitialized(image.Width, image.Height, channels);
            RectFill.CopyWith<T>(image.Pixels, erased.Pixels, image.Width, image.Height, channels, h.X, h.Y, h.Width, h.Height, value);
            return erased;
        }

        var dst = image.Clone();

        foreach (var h in holes)
        {
            if (mode == FillMode.RandomUniform)
            {
                for (int c = 0; c < channels; c++)
                {
                    value[c] = uniform(rng.NextDouble());
                }
            }

            if (mode != FillMode.Random)
            {
                RectFill.Constant<T>(dst.Pixels, image.Width, image.Height, channels, h.X, h.Y, h.Width, h.Height, value);
                continue;
            }

            int x0 = Math.Max(0, h.X);
            int x1 = Math.Min(image.Width, h.X + h.Width);
            for (int y = Math.Max(0, h.Y); y < Math.Min(image.Height, h.Y + h.Height); y++)
            {
                var row = dst.Row(y);
                for (int i = x0 * channels; i < x1 * channels; i++)
                {
                    row[i] = normalRandom ? normal(rng.Normal()) : uniform(rng.NextDouble());
                }
            }
        }

        return dst;
    }
}
