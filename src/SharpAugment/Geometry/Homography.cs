namespace SharpAugment.Geometry;

/// <summary>Solves the projective map that sends four points to four others (torchvision's _get_perspective_coeffs, by Gaussian elimination).</summary>
public static class Homography
{
    /// <summary>The matrix H with H(from[i]) = to[i] for the four point pairs.</summary>
    public static Matrix3 FromPoints(ReadOnlySpan<(double X, double Y)> from, ReadOnlySpan<(double X, double Y)> to)
    {
        if (from.Length != 4 || to.Length != 4)
        {
            throw new ArgumentException("Homography: exactly four point pairs are needed.");
        }

        var a = new double[8, 9];
        for (int i = 0; i < 4; i++)
        {
            var (x, y) = from[i];
            var (u, v) = to[i];
            int r = 2 * i;
            a[r, 0] = x; a[r, 1] = y; a[r, 2] = 1; a[r, 6] = -u * x; a[r, 7] = -u * y; a[r, 8] = u;
            a[r + 1, 3] = x; a[r + 1, 4] = y; a[r + 1, 5] = 1; a[r + 1, 6] = -v * x; a[r + 1, 7] = -v * y; a[r + 1, 8] = v;
        }

        for (int col = 0; col < 8; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < 8; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(a[pivot, col]) < 1e-12)
            {
                throw new InvalidOperationException("Homography: the points are degenerate (three are collinear).");
            }

            for (int k = 0; k < 9; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            for (int r = 0; r < 8; r++)
            {
                if (r == col)
                {
                    continue;
                }

                double f = a[r, col] / a[col, col];
                for (int k = col; k < 9; k++)
                {
                    a[r, k] -= f * a[col, k];
                }
            }
        }

        double C(int i) => a[i, 8] / a[i, i];
        return new Matrix3(C(0), C(1), C(2), C(3), C(4), C(5), C(6), C(7), 1);
    }
}
