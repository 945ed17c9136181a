namespace SharpAugment.Geometry;

/// <summary>torchvision's affine conventions: the inverse matrix of <c>_get_inverse_affine_matrix</c> and the expanded canvas of <c>_compute_affine_output_size</c>.</summary>
public static class AffineMatrix
{
    /// <summary>The inverse map (output to input) in coordinates centred on the image, exactly as torchvision computes it.</summary>
    /// <param name="centerX">Centre x relative to the image centre.</param>
    /// <param name="centerY">Centre y relative to the image centre.</param>
    /// <param name="angle">Rotation in degrees, clockwise as torchvision's affine (rotate passes -angle).</param>
    /// <param name="translateX">Horizontal translation in pixels.</param>
    /// <param name="translateY">Vertical translation in pixels.</param>
    /// <param name="scale">Scale factor.</param>
    /// <param name="shearX">Shear parallel to x, degrees.</param>
    /// <param name="shearY">Shear parallel to y, degrees.</param>
    public static Matrix3 TorchvisionInverse(double centerX, double centerY, double angle, double translateX, double translateY,
        double scale, double shearX, double shearY)
    {
        double rot = angle * Math.PI / 180.0;
        double sx = shearX * Math.PI / 180.0;
        double sy = shearY * Math.PI / 180.0;
        double a = Math.Cos(rot - sy) / Math.Cos(sy);
        double b = -Math.Cos(rot - sy) * Math.Tan(sx) / Math.Cos(sy) - Math.Sin(rot);
        double c = Math.Sin(rot - sy) / Math.Cos(sy);
        double d = -Math.Sin(rot - sy) * Math.Tan(sx) / Math.Cos(sy) + Math.Cos(rot);
        double m0 = d / scale, m1 = -b / scale, m3 = -c / scale, m4 = a / scale;
        double m2 = m0 * (-centerX - translateX) + m1 * (-centerY - translateY) + centerX;
        double m5 = m3 * (-centerX - translateX) + m4 * (-centerY - translateY) + centerY;
        return Matrix3.Affine(m0, m1, m2, m3, m4, m5);
    }

    /// <summary>Converts a centred inverse matrix into the continuous-coordinate inverse for given input and output canvases.</summary>
    public static Matrix3 CenteredToPixels(Matrix3 centeredInverse, int inWidth, int inHeight, int outWidth, int outHeight) =>
        Matrix3.Translation(inWidth / 2.0, inHeight / 2.0) * centeredInverse * Matrix3.Translation(-outWidth / 2.0, -outHeight / 2.0);

    /// <summary>The canvas that holds the whole transformed image (rotate with expand=True), computed as torchvision does.</summary>
    public static (int Width, int Height) ExpandedSize(Matrix3 centeredInverse, int width, int height)
    {
        // torchvision maps the corners with the inverse matrix (its own comment: the inverse of rotation by a is rotation by -a, so min/max agree).
        double[] xs = [-0.5 * width, -0.5 * width, 0.5 * width, 0.5 * width];
        double[] ys = [-0.5 * height, 0.5 * height, 0.5 * height, -0.5 * height];
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        for (int i = 0; i < 4; i++)
        {
            double x = centeredInverse.M00 * xs[i] + centeredInverse.M01 * ys[i] + centeredInverse.M02;
            double y = centeredInverse.M10 * xs[i] + centeredInverse.M11 * ys[i] + centeredInverse.M12;
            minX = Math.Min(minX, x);
            maxX = Math.Max(maxX, x);
            minY = Math.Min(minY, y);
            maxY = Math.Max(maxY, y);
        }

        // Shifted to [0, w] x [0, h] before truncating to 1e-4, as torchvision does to match PIL.
        minX += width * 0.5;
        maxX += width * 0.5;
        minY += height * 0.5;
        maxY += height * 0.5;
        const double tol = 1e-4;
        double cmaxX = Math.Ceiling(Math.Truncate(maxX / tol) * tol), cminX = Math.Floor(Math.Truncate(minX / tol) * tol);
        double cmaxY = Math.Ceiling(Math.Truncate(maxY / tol) * tol), cminY = Math.Floor(Math.Truncate(minY / tol) * tol);
        return (Math.Max(1, (int)(cmaxX - cminX)), Math.Max(1, (int)(cmaxY - cminY)));
    }
}
