namespace SharpAugment.Geometry;

/// <summary>A 3x3 projective matrix (row-major) acting on column vectors (x, y, 1) in continuous pixel coordinates, where pixel i spans [i, i+1).</summary>
public readonly record struct Matrix3(double M00, double M01, double M02, double M10, double M11, double M12, double M20, double M21, double M22)
{
    /// <summary>The identity.</summary>
    public static Matrix3 Identity { get; } = new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /// <summary>A translation by (tx, ty).</summary>
    public static Matrix3 Translation(double tx, double ty) => new(1, 0, tx, 0, 1, ty, 0, 0, 1);

    /// <summary>A scaling about the origin.</summary>
    public static Matrix3 Scaling(double sx, double sy) => new(sx, 0, 0, 0, sy, 0, 0, 0, 1);

    /// <summary>An affine matrix from its 2x3 part.</summary>
    public static Matrix3 Affine(double a, double b, double c, double d, double e, double f) => new(a, b, c, d, e, f, 0, 0, 1);

    /// <summary>Whether the last row is (0, 0, 1), so the map is affine.</summary>
    public bool IsAffine => M20 == 0 && M21 == 0 && M22 == 1;

    /// <summary>The matrix product a * b (apply b first, then a).</summary>
    public static Matrix3 operator *(Matrix3 a, Matrix3 b) => new(
        a.M00 * b.M00 + a.M01 * b.M10 + a.M02 * b.M20, a.M00 * b.M01 + a.M01 * b.M11 + a.M02 * b.M21, a.M00 * b.M02 + a.M01 * b.M12 + a.M02 * b.M22,
        a.M10 * b.M00 + a.M11 * b.M10 + a.M12 * b.M20, a.M10 * b.M01 + a.M11 * b.M11 + a.M12 * b.M21, a.M10 * b.M02 + a.M11 * b.M12 + a.M12 * b.M22,
        a.M20 * b.M00 + a.M21 * b.M10 + a.M22 * b.M20, a.M20 * b.M01 + a.M21 * b.M11 + a.M22 * b.M21, a.M20 * b.M02 + a.M21 * b.M12 + a.M22 * b.M22);

    /// <summary>The product, for languages without operators.</summary>
    public static Matrix3 Multiply(Matrix3 a, Matrix3 b) => a * b;

    /// <summary>The determinant.</summary>
    public double Determinant =>
        M00 * (M11 * M22 - M12 * M21) - M01 * (M10 * M22 - M12 * M20) + M02 * (M10 * M21 - M11 * M20);

    /// <summary>The inverse; a singular matrix raises an error.</summary>
    public Matrix3 Invert()
    {
        double det = Determinant;
        if (Math.Abs(det) < 1e-300 || !double.IsFinite(det))
        {
            throw new InvalidOperationException("Matrix3: the geometric transform is singular and cannot be inverted.");
        }

        double inv = 1.0 / det;
        return new Matrix3(
            (M11 * M22 - M12 * M21) * inv, (M02 * M21 - M01 * M22) * inv, (M01 * M12 - M02 * M11) * inv,
            (M12 * M20 - M10 * M22) * inv, (M00 * M22 - M02 * M20) * inv, (M02 * M10 - M00 * M12) * inv,
            (M10 * M21 - M11 * M20) * inv, (M01 * M20 - M00 * M21) * inv, (M00 * M11 - M01 * M10) * inv);
    }

    /// <summary>Writes the nine coefficients row by row, the plain form the kernels take.</summary>
    public void CopyTo(Span<double> destination)
    {
        if (destination.Length < 9)
        {
            throw new ArgumentException("Matrix3.CopyTo: the destination needs room for nine coefficients.", nameof(destination));
        }

        destination[0] = M00;
        destination[1] = M01;
        destination[2] = M02;
        destination[3] = M10;
        destination[4] = M11;
        destination[5] = M12;
        destination[6] = M20;
        destination[7] = M21;
        destination[8] = M22;
    }

    /// <summary>The nine coefficients row by row.</summary>
    public double[] ToArray()
    {
        var a = new double[9];
        CopyTo(a);
        return a;
    }

    /// <summary>Maps a point, with the perspective divide.</summary>
    public (double X, double Y) Apply(double x, double y)
    {
        double w = M20 * x + M21 * y + M22;
        return ((M00 * x + M01 * y + M02) / w, (M10 * x + M11 * y + M12) / w);
    }

    /// <summary>The Jacobian of the map at a point (its local linear part), used to turn keypoint angles and scales.</summary>
    public (double A, double B, double C, double D) Jacobian(double x, double y)
    {
        double w = M20 * x + M21 * y + M22;
        double u = M00 * x + M01 * y + M02;
        double v = M10 * x + M11 * y + M12;
        double w2 = w * w;
        return ((M00 * w - u * M20) / w2, (M01 * w - u * M21) / w2, (M10 * w - v * M20) / w2, (M11 * w - v * M21) / w2);
    }
}
