namespace SharpAugment.Imaging;

/// <summary>Soft-label arithmetic shared by batches and the mixing transforms: one-hot with smoothing, smoothing of a soft row, and the convex mix of two rows.</summary>
public static class SoftLabels
{
    /// <summary>Writes timm's smoothed one-hot row: off = s / K everywhere, on = 1 - s + s / K at <paramref name="label"/>, so the row sums to 1.</summary>
    public static void OneHot(int label, double smoothing, Span<float> destination)
    {
        int k = destination.Length;
        if (k < 1)
        {
            throw new ArgumentException("SoftLabels.OneHot: the destination needs at least one class.", nameof(destination));
        }

        if ((uint)label >= (uint)k)
        {
            throw new ArgumentOutOfRangeException(nameof(label), label, $"SoftLabels.OneHot: label must be in 0..{k - 1} (num_classes = {k}).");
        }

        CheckSmoothing(smoothing);
        float off = (float)(smoothing / k);
        destination.Fill(off);
        destination[label] = (float)(1.0 - smoothing + smoothing / k);
    }

    /// <summary>Smooths a probability row in place as y * (1 - s) + s / K, which equals <see cref="OneHot"/> on a one-hot row.</summary>
    public static void Smooth(Span<float> row, double smoothing)
    {
        CheckSmoothing(smoothing);
        if (smoothing == 0 || row.Length == 0)
        {
            return;
        }

        // In double, rounded once: a one-hot row becomes float32(1 - s + s/n) and float32(s/n), timm's on and off values
        // (float32 arithmetic would give 0.9f + 0.02f = 0.91999996f instead of 0.92f).
        double keep = 1.0 - smoothing;
        double add = smoothing / row.Length;
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = (float)((row[i] * keep) + add);
        }
    }

    /// <summary>Writes lambda * a + (1 - lambda) * b, the label of a mixed pair whose first member has weight lambda.</summary>
    public static void Mix(ReadOnlySpan<float> a, ReadOnlySpan<float> b, double lambda, Span<float> destination)
    {
        if (a.Length != b.Length || destination.Length != a.Length)
        {
            throw new ArgumentException($"SoftLabels.Mix: rows have {a.Length}, {b.Length} and {destination.Length} classes; they must agree.", nameof(destination));
        }

        float wa = (float)lambda;
        float wb = (float)(1.0 - lambda);
        for (int i = 0; i < a.Length; i++)
        {
            destination[i] = wa * a[i] + wb * b[i];
        }
    }

    private static void CheckSmoothing(double smoothing)
    {
        if (!(smoothing >= 0 && smoothing < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(smoothing), smoothing, "label_smoothing must be in [0, 1).");
        }
    }
}
