using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>SMOTE's sample maker (imbalanced-learn's _make_samples): pick (base, neighbour) pairs uniformly among base x k, step uniformly along the segment.</summary>
internal static class Interpolation
{
    /// <summary>
    /// Appends <paramref name="count"/> rows x = b + step * scale * (nb - b), with step = <paramref name="stepSize"/> x U[0, 1).
    /// <paramref name="neighbors"/> is bases x k global row indices. When <paramref name="shrinkOtherClass"/> is set, a
    /// difference to a neighbour of another class is also scaled by U[0, 0.5) (borderline-2).
    /// </summary>
    public static void MakeSamples(SyntheticRows output, TabularDataset data, int label, ReadOnlySpan<int> bases,
        ReadOnlySpan<int> neighbors, int k, int count, Rng rng, double stepSize = 1.0, bool shrinkOtherClass = false)
    {
        int pairs = bases.Length * k;
        for (int s = 0; s < count; s++)
        {
            int pick = rng.Next(pairs);
            int b = bases[pick / k], nb = neighbors[pick];
            double step = stepSize * rng.NextDouble();
            if (shrinkOtherClass && data.Labels[nb] != label)
            {
                step *= rng.Uniform(0.0, 0.5);
            }

            AddInterpolated(output, data, label, b, nb, step);
        }
    }

    /// <summary>Appends x = b + step (nb - b), computed in double and rounded once to float; returns the new row's position.</summary>
    public static int AddInterpolated(SyntheticRows output, TabularDataset data, int label, int b, int nb, double step)
    {
        int row = output.Add(label, b, nb);
        var x = output.NumericOf(row);
        var xb = data.NumericRow(b);
        var xn = data.NumericRow(nb);
        for (int f = 0; f < x.Length; f++)
        {
            x[f] = (float)(xb[f] + step * ((double)xn[f] - xb[f]));
        }

        return row;
    }

    /// <summary>Maps class-local neighbour indices (a k+1 query with column 0 dropped) to global row indices.</summary>
    public static int[] DropSelfColumn(int[] neighbors, int k1, ReadOnlySpan<int> toGlobal)
    {
        int rows = neighbors.Length / k1, k = k1 - 1;
        var result = new int[rows * k];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < k; j++)
            {
                int local = neighbors[i * k1 + j + 1];
                result[i * k + j] = toGlobal.IsEmpty ? local : toGlobal[local];
            }
        }

        return result;
    }
}
