using System.Globalization;

namespace SharpAugment.Proof;

/// <summary>Mean and sample standard deviation of per-seed results, formatted as "mean +- std" in percent.</summary>
internal static class Stats
{
    public static double Mean(IReadOnlyList<double> v) => v.Average();

    public static double Std(IReadOnlyList<double> v)
    {
        double m = v.Average();
        return v.Count < 2 ? 0 : Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Count - 1));
    }

    public static string Cell(IReadOnlyList<double> v) =>
        string.Create(CultureInfo.InvariantCulture, $"{100 * Mean(v):F1} ± {100 * Std(v):F1}");

    public static string Delta(IReadOnlyList<double> v, IReadOnlyList<double> baseline) =>
        string.Create(CultureInfo.InvariantCulture, $"{100 * (Mean(v) - Mean(baseline)):+0.0;-0.0;0.0}");

    /// <summary>Per-class shuffled indices (one stream per class and seed), so subsets are stratified and reproducible.</summary>
    public static List<int>[] ShuffledByClass(IReadOnlyList<int> labels, int classes, ulong seed)
    {
        var lists = new List<int>[classes];
        for (int c = 0; c < classes; c++)
        {
            var members = Enumerable.Range(0, labels.Count).Where(i => labels[i] == c).ToArray();
            var rng = Randomness.Rng.ForSample(seed, 17, c);
            for (int i = members.Length - 1; i > 0; i--)
            {
                int j = rng.Next(i + 1);
                (members[i], members[j]) = (members[j], members[i]);
            }

            lists[c] = [.. members];
        }

        return lists;
    }
}
