namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// A C-support vector classifier with an RBF kernel, solved as libsvm (which scikit-learn's SVC wraps) solves it:
/// SMO with second-order working-set selection (Fan, Chen and Lin 2005), kernel values stored as float like libsvm's
/// cache, stopping when the maximal violation is below the tolerance; multi-class is one-vs-one over the sorted
/// labels. SVM-SMOTE needs only its support set: the rows with a positive multiplier in some pairwise problem.
/// libsvm also shrinks the active set, which can move multipliers that end within the tolerance of 0; the parity
/// test pins how many support rows differ.
/// </summary>
public sealed class Svc
{
    private const double Tau = 1e-12;

    /// <summary>The box constraint (scikit-learn's C, default 1).</summary>
    public double C { get; init; } = 1.0;

    /// <summary>The RBF width; null is scikit-learn's gamma='scale': 1 / (features x variance of all feature values).</summary>
    public double? Gamma { get; init; }

    /// <summary>The stopping tolerance on the maximal violating pair (scikit-learn's tol, default 1e-3).</summary>
    public double Tolerance { get; init; } = 1e-3;

    /// <summary>gamma='scale' for this table: 1 / (columns x the population variance of every numeric cell).</summary>
    public static double ScaleGamma(TabularDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        double mean = 0;
        foreach (float v in data.Numeric)
        {
            mean += v;
        }

        mean /= data.Numeric.Length;
        double var = 0;
        foreach (float v in data.Numeric)
        {
            var += (v - mean) * (v - mean);
        }

        var /= data.Numeric.Length;
        return var > 0 ? 1.0 / (data.NumericColumns * var) : 1.0;
    }

    /// <summary>The support rows (ascending): rows with a positive multiplier in a one-vs-one problem of their class.</summary>
    public int[] SupportRows(TabularDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!(C > 0) || !(Tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(C), $"svc: C and tol must be > 0, got C = {C}, tol = {Tolerance}.");
        }

        double gamma = Gamma ?? ScaleGamma(data);
        var labels = data.ClassCounts().Keys.ToArray();
        var support = new SortedSet<int>();
        for (int a = 0; a < labels.Length; a++)
        {
            for (int b = a + 1; b < labels.Length; b++)
            {
                int[] rows = [.. data.RowsOfClass(labels[a]), .. data.RowsOfClass(labels[b])];
                var y = rows.Select(r => data.Labels[r] == labels[a] ? 1 : -1).ToArray();
                var alpha = Solve(data, rows, y, gamma);
                for (int i = 0; i < rows.Length; i++)
                {
                    if (alpha[i] > 0)
                    {
                        support.Add(rows[i]);
                    }
                }
            }
        }

        return [.. support];
    }

    /// <summary>libsvm's Solver::Solve for the dual of one binary problem (p = -1, bounds [0, C]), without shrinking.</summary>
    private double[] Solve(TabularDataset data, int[] rows, int[] y, double gamma)
    {
        int n = rows.Length;
        var square = new double[n];
        for (int i = 0; i < n; i++)
        {
            square[i] = Dot(data.NumericRow(rows[i]), data.NumericRow(rows[i]));
        }

        // Q(i, j) = y_i y_j exp(-gamma (|x_i|^2 + |x_j|^2 - 2 x_i.x_j)), stored as float as libsvm's Qfloat cache
        var q = new float[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double k = Math.Exp(-gamma * (square[i] + square[j] - 2 * Dot(data.NumericRow(rows[i]), data.NumericRow(rows[j]))));
                q[i * n + j] = q[j * n + i] = (float)(y[i] * y[j] * k);
            }
        }

        var qd = new double[n];
        for (int i = 0; i < n; i++)
        {
            qd[i] = q[i * n + i];
        }

        var alpha = new double[n];
        var g = new double[n];
        Array.Fill(g, -1.0);
        long maxIter = Math.Max(10_000_000L, 100L * n);
        for (long iter = 0; iter < maxIter; iter++)
        {
            if (!SelectWorkingSet(y, alpha, g, q, qd, n, out int i, out int j))
            {
                break;
            }

            double oldI = alpha[i], oldJ = alpha[j];
            double qij = q[i * n + j];
            if (y[i] != y[j])
            {
                double quad = qd[i] + qd[j] + 2 * qij;
                double delta = (-g[i] - g[j]) / (quad > 0 ? quad : Tau);
                double diff = alpha[i] - alpha[j];
                alpha[i] += delta;
                alpha[j] += delta;
                if (diff > 0)
                {
                    if (alpha[j] < 0)
                    {
                        alpha[j] = 0;
                        alpha[i] = diff;
                    }
                }
                else if (alpha[i] < 0)
                {
                    alpha[i] = 0;
                    alpha[j] = -diff;
                }

                if (diff > 0)
                {
                    if (alpha[i] > C)
                    {
                        alpha[i] = C;
                        alpha[j] = C - diff;
                    }
                }
                else if (alpha[j] > C)
                {
                    alpha[j] = C;
                    alpha[i] = C + diff;
                }
            }
            else
            {
                double quad = qd[i] + qd[j] - 2 * qij;
                double delta = (g[i] - g[j]) / (quad > 0 ? quad : Tau);
                double sum = alpha[i] + alpha[j];
                alpha[i] -= delta;
                alpha[j] += delta;
                if (sum > C)
                {
                    if (alpha[i] > C)
                    {
                        alpha[i] = C;
                        alpha[j] = sum - C;
                    }
                }
                else if (alpha[j] < 0)
                {
                    alpha[j] = 0;
                    alpha[i] = sum;
                }

                if (sum > C)
                {
                    if (alpha[j] > C)
                    {
                        alpha[j] = C;
                        alpha[i] = sum - C;
                    }
                }
                else if (alpha[i] < 0)
                {
                    alpha[i] = 0;
                    alpha[j] = sum;
                }
            }

            double dI = alpha[i] - oldI, dJ = alpha[j] - oldJ;
            for (int k = 0; k < n; k++)
            {
                g[k] += q[i * n + k] * dI + q[j * n + k] * dJ;
            }
        }

        return alpha;
    }

    /// <summary>libsvm's select_working_set (WSS 2); false when the maximal violation is below the tolerance.</summary>
    private bool SelectWorkingSet(int[] y, double[] alpha, double[] g, float[] q, double[] qd, int n, out int outI, out int outJ)
    {
        double gmax = double.NegativeInfinity, gmax2 = double.NegativeInfinity, objMin = double.PositiveInfinity;
        int gmaxIdx = -1, gminIdx = -1;
        for (int t = 0; t < n; t++)
        {
            if (y[t] == 1)
            {
                if (alpha[t] < C && -g[t] >= gmax)
                {
                    gmax = -g[t];
                    gmaxIdx = t;
                }
            }
            else if (alpha[t] > 0 && g[t] >= gmax)
            {
                gmax = g[t];
                gmaxIdx = t;
            }
        }

        int i = gmaxIdx;
        for (int j = 0; j < n && i >= 0; j++)
        {
            double qij = q[i * n + j];
            if (y[j] == 1)
            {
                if (alpha[j] > 0)
                {
                    double gradDiff = gmax + g[j];
                    gmax2 = Math.Max(gmax2, g[j]);
                    if (gradDiff > 0)
                    {
                        double quad = qd[i] + qd[j] - 2.0 * y[i] * qij;
                        double obj = -(gradDiff * gradDiff) / (quad > 0 ? quad : Tau);
                        if (obj <= objMin)
                        {
                            gminIdx = j;
                            objMin = obj;
                        }
                    }
                }
            }
            else if (alpha[j] < C)
            {
                double gradDiff = gmax - g[j];
                gmax2 = Math.Max(gmax2, -g[j]);
                if (gradDiff > 0)
                {
                    double quad = qd[i] + qd[j] + 2.0 * y[i] * qij;
                    double obj = -(gradDiff * gradDiff) / (quad > 0 ? quad : Tau);
                    if (obj <= objMin)
                    {
                        gminIdx = j;
                        objMin = obj;
                    }
                }
            }
        }

        outI = gmaxIdx;
        outJ = gminIdx;
        return !(gmax + gmax2 < Tolerance || gminIdx == -1);
    }

    private static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double s = 0;
        for (int f = 0; f < a.Length; f++)
        {
            s += (double)a[f] * b[f];
        }

        return s;
    }
}
