using SharpAugment.Training;

namespace SharpAugment.OnnxRuntime.Tests;

/// <summary>The committed toy models (tools/make_onnx_fixtures.py), a deterministic input batch and the classifier's formula recomputed in C#.</summary>
internal static class OnnxFixtures
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static TensorBatch Batch(int n, int c, int h, int w)
    {
        var data = new float[n * c * h * w];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = (float)Math.Sin(i * 0.37) * 2;
        }

        return new TensorBatch(data, [n, c, h, w], [], Enumerable.Range(0, n).ToArray());
    }

    // tools/make_onnx_fixtures.py: logits = flatten(x) @ W + b, W[i, k] = ((7 i + 13 k) mod 17 - 8) / 16, b[k] = k / 8.
    public static double[] Logits(TensorBatch b)
    {
        int n = b.Count, d = b.Data.Length / n;
        var o = new double[n * 4];
        for (int r = 0; r < n; r++)
        {
            for (int k = 0; k < 4; k++)
            {
                double s = k / 8.0;
                for (int i = 0; i < d; i++)
                {
                    s += b.Data[r * d + i] * ((((7 * i) + (13 * k)) % 17) - 8) / 16.0;
                }

                o[r * 4 + k] = s;
            }
        }

        return o;
    }
}
