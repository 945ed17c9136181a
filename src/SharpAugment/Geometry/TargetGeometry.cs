using SharpAugment.Imaging;

namespace SharpAugment.Geometry;

/// <summary>Moves boxes and keypoints through one forward matrix, so every geometric transform treats them alike (Kornia's approach).</summary>
public static class TargetGeometry
{
    /// <summary>Boxes after the map: the tight box around the four moved corners, clipped to the new canvas, filtered by the sample's rules.</summary>
    public static IReadOnlyList<BoundingBox> Boxes(IReadOnlyList<BoundingBox> boxes, Matrix3 forward, int width, int height, TargetRules rules)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentNullException.ThrowIfNull(rules);
        if (boxes.Count == 0)
        {
            return boxes;
        }

        var result = new List<BoundingBox>(boxes.Count);
        foreach (var b in boxes)
        {
            var (x0, y0) = forward.Apply(b.XMin, b.YMin);
            var (x1, y1) = forward.Apply(b.XMax, b.YMin);
            var (x2, y2) = forward.Apply(b.XMax, b.YMax);
            var (x3, y3) = forward.Apply(b.XMin, b.YMax);
            var moved = new BoundingBox(
                (float)Math.Min(Math.Min(x0, x1), Math.Min(x2, x3)), (float)Math.Min(Math.Min(y0, y1), Math.Min(y2, y3)),
                (float)Math.Max(Math.Max(x0, x1), Math.Max(x2, x3)), (float)Math.Max(Math.Max(y0, y1), Math.Max(y2, y3)), b.Label);
            AddFiltered(result, moved, width, height, rules);
        }

        return result;
    }

    /// <summary>Clips a moved box and keeps it only when it passes min_area and min_visibility.</summary>
    public static void AddFiltered(List<BoundingBox> result, BoundingBox moved, int width, int height, TargetRules rules) =>
        AddFiltered(result, moved, 0, 0, width, height, rules);

    /// <summary>Clips a moved box to the region [xMin, xMax) x [yMin, yMax) (a mosaic tile, a pasted patch) and keeps it only when it passes min_area and min_visibility.</summary>
    public static void AddFiltered(List<BoundingBox> result, BoundingBox moved, float xMin, float yMin, float xMax, float yMax, TargetRules rules)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(rules);
        var clipped = new BoundingBox(
            Math.Clamp(moved.XMin, xMin, xMax), Math.Clamp(moved.YMin, yMin, yMax),
            Math.Clamp(moved.XMax, xMin, xMax), Math.Clamp(moved.YMax, yMin, yMax), moved.Label);
        float area = clipped.Area;
        if (area <= 0 || area < rules.MinArea)
        {
            return;
        }

        if (rules.MinVisibility > 0 && moved.Area > 0 && area / moved.Area < rules.MinVisibility)
        {
            return;
        }

        result.Add(clipped);
    }

    /// <summary>Keypoints after the map: positions moved, angles and scales turned by the local Jacobian, labels swapped by mirrors, outsiders dropped by rule.</summary>
    public static IReadOnlyList<Keypoint> Keypoints(IReadOnlyList<Keypoint> points, Matrix3 forward, int width, int height,
        TargetRules rules, IReadOnlyList<int> flipSwap)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(flipSwap);
        if (points.Count == 0)
        {
            return points;
        }

        var result = new List<Keypoint>(points.Count);
        foreach (var k in points)
        {
            var (x, y) = forward.Apply(k.X, k.Y);
            var (a, b, c, d) = forward.Jacobian(k.X, k.Y);
            double det = a * d - b * c;
            double rad = k.Angle * Math.PI / 180.0;
            double dx = Math.Cos(rad), dy = Math.Sin(rad);
            double angle = Math.Atan2(c * dx + d * dy, a * dx + b * dy) * 180.0 / Math.PI;
            int label = det < 0 && k.Label >= 0 && k.Label < flipSwap.Count ? flipSwap[k.Label] : k.Label;
            var moved = new Keypoint((float)x, (float)y, (float)NormalizeAngle(angle), (float)(k.Scale * Math.Sqrt(Math.Abs(det))), label);
            bool inside = moved.X >= 0 && moved.X < width && moved.Y >= 0 && moved.Y < height;
            if (inside || !rules.RemoveInvisibleKeypoints)
            {
                result.Add(moved);
            }
        }

        return result;
    }

    /// <summary>Moves boxes and keypoints of a sample onto a new canvas; the image and masks are set by the caller.</summary>
    public static Sample MoveTargets(Sample sample, Matrix3 forward, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample with
        {
            Boxes = Boxes(sample.Boxes, forward, width, height, sample.Rules),
            Keypoints = Keypoints(sample.Keypoints, forward, width, height, sample.Rules, sample.KeypointFlipSwap),
        };
    }

    private static double NormalizeAngle(double a)
    {
        a %= 360.0;
        return a < 0 ? a + 360.0 : a;
    }
}
