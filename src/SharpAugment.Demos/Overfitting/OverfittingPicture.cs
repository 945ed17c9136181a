using SharpAugment.Demos.Networks;
using SharpAugment.Imaging;
using SharpAugment.Tabular;

namespace SharpAugment.Demos.Overfitting;

/// <summary>
/// Draws a session's two decision boundaries side by side (no augmentation left, with augmentation right): each pixel
/// shaded by the network's own probability at that point (orange class 0, blue class 1, white where unsure), the 0.5
/// contour in grey, the training points on top, and optionally the test points as small dots.
/// </summary>
public static class OverfittingPicture
{
    /// <summary>White space between the two panels, in pixels.</summary>
    public const int Gap = 12;

    private static readonly byte[] Orange = [245, 147, 34];
    private static readonly byte[] Blue = [8, 119, 189];

    /// <summary>Renders both networks over the session's plane, <paramref name="panelSize"/> pixels square each.</summary>
    public static Image<byte> Render(OverfittingSession session, int panelSize = 360, bool testPoints = false)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (panelSize < 16 || panelSize > 4096)
        {
            throw new ArgumentOutOfRangeException(nameof(panelSize), panelSize, "overfitting picture: panel size must lie in [16, 4096]");
        }

        var image = new Image<byte>(2 * panelSize + Gap, panelSize, 3);
        image.Span.Fill(255);
        var grid = new PlaneGrid(panelSize, session.Grid.Extent);
        var inputs = OverfittingSession.ToInputs(grid.Centers());
        DrawPanel(image, 0, grid, session.NoAugmentation, inputs, session, testPoints);
        DrawPanel(image, panelSize + Gap, grid, session.WithAugmentation, inputs, session, testPoints);
        return image;
    }

    private static void DrawPanel(Image<byte> image, int left, PlaneGrid grid, Mlp network, float[] inputs, OverfittingSession session, bool testPoints)
    {
        int n = grid.Resolution;
        var p = network.PredictProbabilities(inputs);
        for (int row = 0; row < n; row++)
        {
            var pixels = image.Row(row);
            for (int column = 0; column < n; column++)
            {
                float p1 = p[(row * n + column) * 2 + 1];
                bool one = p1 >= 0.5f;
                bool edge = (column + 1 < n && (p[(row * n + column + 1) * 2 + 1] >= 0.5f) != one)
                            || (row + 1 < n && (p[((row + 1) * n + column) * 2 + 1] >= 0.5f) != one);
                var colour = one ? Blue : Orange;
                double t = 0.55 * Math.Abs(p1 - 0.5) * 2;
                for (int c = 0; c < 3; c++)
                {
                    pixels[(left + column) * 3 + c] = edge ? (byte)90 : (byte)Math.Round(255 + (colour[c] - 255) * t);
                }
            }
        }

        if (testPoints)
        {
            DrawPoints(image, left, grid, session.Test, 1.6, 0);
        }

        DrawPoints(image, left, grid, session.Train, 5.5, 1.5);
    }

    /// <summary>Discs in the class colour with a white ring of <paramref name="ring"/> pixels and a dark rim, anti-aliased by coverage.</summary>
    private static void DrawPoints(Image<byte> image, int left, PlaneGrid grid, TabularDataset points, double radius, double ring)
    {
        double scale = grid.Resolution / (2 * grid.Extent);
        for (int i = 0; i < points.Rows; i++)
        {
            var xy = points.NumericRow(i);
            double cx = (xy[0] + grid.Extent) * scale, cy = (grid.Extent - xy[1]) * scale;
            var colour = points.Labels[i] == 1 ? Blue : Orange;
            double outer = radius + ring + 1;
            for (int y = (int)Math.Floor(cy - outer); y <= (int)Math.Ceiling(cy + outer); y++)
            {
                if (y < 0 || y >= grid.Resolution)
                {
                    continue;
                }

                var pixels = image.Row(y);
                for (int x = (int)Math.Floor(cx - outer); x <= (int)Math.Ceiling(cx + outer); x++)
                {
                    if (x < 0 || x >= grid.Resolution)
                    {
                        continue;
                    }

                    double d = Math.Sqrt((x + 0.5 - cx) * (x + 0.5 - cx) + (y + 0.5 - cy) * (y + 0.5 - cy));
                    double coverage = Math.Clamp(outer - d, 0, 1);
                    if (coverage <= 0)
                    {
                        continue;
                    }

                    for (int c = 0; c < 3; c++)
                    {
                        byte ink = d <= radius ? colour[c] : d <= radius + ring ? (byte)255 : (byte)40;
                        ref byte target = ref pixels[(left + x) * 3 + c];
                        target = (byte)Math.Round(target + (ink - target) * coverage);
                    }
                }
            }
        }
    }
}
