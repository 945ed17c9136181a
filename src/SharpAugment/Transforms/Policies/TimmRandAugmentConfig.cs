using System.Globalization;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>A parsed timm RandAugment configuration string.</summary>
/// <param name="Magnitude">Magnitude level (m), 0 to 10 in timm's scale.</param>
/// <param name="NumLayers">Ops per sample (n).</param>
/// <param name="MagnitudeStd">Gaussian noise on the magnitude (mstd); infinity means uniform in [0, m].</param>
/// <param name="MagnitudeMax">Upper clamp of the noisy magnitude (mmax).</param>
/// <param name="Increasing">Whether the "increasing" op variants are used (inc1).</param>
/// <param name="WeightIndex">The choice-weight table (w0), or -1 for uniform choice with replacement.</param>
/// <param name="Probability">Per-op application probability (p).</param>
public sealed record TimmRandAugmentConfig(double Magnitude, int NumLayers, double MagnitudeStd, double MagnitudeMax, bool Increasing, int WeightIndex, double Probability)
{
    /// <summary>Parses "rand-m9-n2-mstd0.5-inc1"; an unknown or malformed section raises an error naming it.</summary>
    public static TimmRandAugmentConfig Parse(string transform, string config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var parts = config.Split('-');
        if (parts.Length == 0 || parts[0] != "rand")
        {
            throw new TransformParameterException(transform, "config", config, "a string starting with 'rand' (e.g. rand-m9-n2-mstd0.5-inc1)");
        }

        double m = 10, mstd = 0, mmax = 10, p = 0.5;
        int n = 2, w = -1;
        bool inc = false;
        foreach (var part in parts.Skip(1))
        {
            string key = new(part.TakeWhile(char.IsAsciiLetter).ToArray());
            string val = part[key.Length..];
            bool ok = double.TryParse(val, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || (key == "mstd" && val == "inf" && (v = double.PositiveInfinity) > 0);
            if (!ok)
            {
                throw new TransformParameterException(transform, "config", part, "sections m<num>, n<int>, mstd<num|inf>, mmax<num>, inc<0|1>, w<int>, p<num>");
            }

            switch (key)
            {
                case "m": m = v; break;
                case "n": n = (int)v; break;
                case "mstd": mstd = v; break;
                case "mmax": mmax = v; break;
                case "inc": inc = v != 0; break;
                case "w": w = (int)v; break;
                case "p": p = v; break;
                default:
                    throw new TransformParameterException(transform, "config", part, "sections m, n, mstd, mmax, inc, w, p");
            }
        }

        if (m < 0 || n < 0 || n > 100 || mstd < 0 || p < 0 || p > 1 || w > 0)
        {
            throw new TransformParameterException(transform, "config", config, "m >= 0, 0 <= n <= 100, mstd >= 0, 0 <= p <= 1, w0 or none");
        }

        return new TimmRandAugmentConfig(m, n, mstd, mmax, inc, w, p);
    }
}
