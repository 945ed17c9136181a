using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Geometry;

/// <summary>Applies a dense per-pixel map (elastic, grid distortion) to every target; boxes and keypoints follow by inverting the map numerically.</summary>
public static class RemapGeometry
{
    /// <summary>Remaps a sample: output pixel i reads source index coordinates (mapX[i], mapY[i]); the canvas keeps its size.</summary>
    public static Sample Apply(Sample sample, float[] mapX, float[] mapY, Interpolation interpolation, BorderMode border, IReadOnlyList<double> fill, byte maskFill)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(mapX);
        ArgumentNullException.ThrowIfNull(mapY);
        int w = sample.Width, h = sample.Height;
        IImage image = sample.Image switch
        {
            Image<byte> b => RemapImage(b, mapX, mapY, interpolation, border, SampleGeometry.FillFor(b, fill)),
            Image<float> f => RemapImage(f, mapX, mapY, interpolation, border, SampleGeometry.FillFor(f, fill)),
            _ => throw new NotSupportedException(sample.Image.GetType().Name),
        };
        float[] mf = [maskFill];
        var masks = sample.Masks.Select(m => RemapImage(m, mapX, mapY, Interpolation.Nearest, border, mf)).ToArray();

        var boxes = new List<BoundingBox>(sample.Boxes.Count);
        const int perEdge = 8;
        foreach (var b in sample.Boxes)
        {
            double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
            for (int k = 0; k <= perEdge; k++)
            {
                double t = (double)k / perEdge;
                Span<(double X, double Y)> pts =
                [
                    (b.XMin + t * (b.XMax - b.XMin), b.YMin), (b.XMin + t * (b.XMax - b.XMin), b.YMax),
                    (b.XMin, b.YMin + t * (b.YMax - b.YMin)), (b.XMax, b.YMin + t * (b.YMax - b.YMin)),
                ];
                foreach (var (px, py) in pts)
                {
                    var (ox, oy) = Invert(mapX, mapY, w, h, px, py);
                    minX = Math.Min(minX, ox);
                    maxX = Math.Max(maxX, ox);
                    minY = Math.Min(minY, oy);
                    maxY = Math.Max(maxY, oy);
                }
            }

            TargetGeometry.AddFiltered(boxes, new BoundingBox((float)minX, (float)minY, (float)maxX, (float)maxY, b.Label), w, h, sample.Rules);
        }

        var keypoints = new List<Keypoint>(sample.Keypoints.Count);
        foreach (var k in sample.Keypoints)
        {
            var (ox, oy) = Invert(mapX, mapY, w, h, k.X, k.Y);
            var moved = k with { X = (float)ox, Y = (float)oy };
            if (!sample.Rules.RemoveInvisibleKeypoints || (moved.X >= 0 && moved.X < w && moved.Y >= 0 && moved.Y < h))
            {
                keypoints.Add(moved);
            }
        }

        return sample with { Image = image, Masks = masks, Boxes = boxes, Keypoints = keypoints };
    }

    /// <summary>Remaps one image.</summary>
    public static Image<T> RemapImage<T>(Image<T> image, float[] mapX, float[] mapY, Interpolation interpolation, BorderMode border, float[] fill)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = new Image<T>(image.Width, image.Height, image.Channels);
        Warp.Remap<T>(image.Pixels, image.Width, image.Height, image.Channels, dst.Pixels, image.Width, image.Height, mapX, mapY, interpolation, border, fill);
        return dst;
    }

    /// <summary>Finds the output point whose mapped source point is (x, y) (continuous coordinates), by fixed-point iteration on the smooth map.</summary>
    public static (double X, double Y) Invert(float[] mapX, float[] mapY, int width, int height, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(mapX);
        ArgumentNullException.ThrowIfNull(mapY);
        double px = x, py = y;
        for (int it = 0; it < 30; it++)
        {
            var (sx, sy) = SampleMap(mapX, mapY, width, height, px - 0.5, py - 0.5);
            double ex = x - (sx + 0.5), ey = y - (sy + 0.5);
            px += ex;
            py += ey;
            if (Math.Abs(ex) + Math.Abs(ey) < 1e-4)
            {
                break;
            }
        }

        return (px, py);
    }

    private static (double X, double Y) SampleMap(float[] mapX, float[] mapY, int w, int h, double u, double v)
    {
        // Outside the canvas the map is extended linearly from the edge with unit slope, so the inversion stays defined.
        double cu = Math.Clamp(u, 0, w - 1), cv = Math.Clamp(v, 0, h - 1);
        int x0 = Math.Min((int)cu, Math.Max(0, w - 2)), y0 = Math.Min((int)cv, Math.Max(0, h - 2));
        int x1 = Math.Min(x0 + 1, w - 1), y1 = Math.Min(y0 + 1, h - 1);
        double fx = cu - x0, fy = cv - y0;
        double Lerp(float[] m) =>
            (1 - fy) * ((1 - fx) * m[y0 * w + x0] + fx * m[y0 * w + x1]) + fy * ((1 - fx) * m[y1 * w + x0] + fx * m[y1 * w + x1]);
        return (Lerp(mapX) + (u - cu), Lerp(mapY) + (v - cv));
    }
}
