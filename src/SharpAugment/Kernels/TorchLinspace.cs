namespace SharpAugment.Kernels;

/// <summary>torch.linspace in float32 exactly as torch 1.13's AVX2 CPU kernel computes it, since policy magnitudes are its float32 values.</summary>
/// <remarks>
/// The kernel is compiled with FMA contraction: element i is fma(step, i, start) in the first half and
/// fma(-step, steps - i - 1, end) in the second. Its vectorized loop fills pairs of 8-lane vectors while 16 elements
/// remain: each vector's first lane uses that formula and lane k adds k * step to it with two roundings. Checked
/// against every table of the torchvision fixtures (tests/SharpAugment.Tests/Fixtures/policy_ops).
/// </remarks>
public static class TorchLinspace
{
    private const int Lanes = 8;

    /// <summary>Element <paramref name="index"/> of linspace(start, end, steps).</summary>
    public static double Value(double start, double end, int steps, int index)
    {
        float s = (float)start, e = (float)end;
        if (steps == 1)
        {
            return s;
        }

        return Element(s, e, (e - s) / (steps - 1), steps, index);
    }

    /// <summary>linspace(start, end, values.Length) into values, each element equal to <see cref="Value"/>'s (the step is divided once).</summary>
    public static void Fill(double start, double end, Span<float> values)
    {
        int steps = values.Length;
        float s = (float)start, e = (float)end;
        if (steps == 1)
        {
            values[0] = s;
            return;
        }

        float step = (e - s) / (steps - 1);
        for (int i = 0; i < steps; i++)
        {
            values[i] = Element(s, e, step, steps, i);
        }
    }

    private static float Element(float s, float e, float step, int steps, int index)
    {
        int half = steps / 2;
        int vectorized = steps >= 2 * Lanes ? (steps / (2 * Lanes)) * 2 * Lanes : 0;
        if (index < vectorized)
        {
            int lane0 = index - index % Lanes;
            float baseValue = Scalar(s, e, step, steps, half, lane0);
            int k = index - lane0;
            return k == 0 ? baseValue : baseValue + k * step;
        }

        return Scalar(s, e, step, steps, half, index);
    }

    private static float Scalar(float s, float e, float step, int steps, int half, int index) =>
        index < half ? MathF.FusedMultiplyAdd(step, index, s) : MathF.FusedMultiplyAdd(-step, steps - index - 1, e);

    /// <summary>base - round(i / ((n - 1) / divisor)) in float32 with round half to even, torchvision's posterize tables.</summary>
    public static double PosterizeBits(int baseBits, int steps, double divisor, int index)
    {
        float d = (float)((steps - 1) / divisor);
        return baseBits - (int)MathF.Round(index / d);
    }
}
