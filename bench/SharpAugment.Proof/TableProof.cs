using System.Globalization;
using System.Text;
using SharpAugment.Evaluation;
using SharpAugment.Randomness;
using SharpAugment.Tabular;
using SharpAugment.Tabular.Samplers;

namespace SharpAugment.Proof;

/// <summary>Imbalanced real tables: the SMOTE family vs no resampling vs random oversampling vs class weights, LightGbm, balanced accuracy and minority F1.</summary>
internal static class TableProof
{
    private static readonly string[] Methods = ["none", "class weights", "random oversampling", "SMOTE", "Borderline-SMOTE 1", "ADASYN"];

    public static string Run(int seeds, TextWriter log)
    {
        var md = new StringBuilder();
        // Breast cancer: malignant (label 0) cut to 1 in 8 of the benign training rows; wine: class 2 cut to 1 in 4 of the largest.
        Table(md, "breast cancer (569 rows, 30 features), malignant kept at 1:8 in training", "breast_cancer.csv", minority: 0, ratio: 8, seeds, log);
        Table(md, "wine (178 rows, 13 features, 3 cultivars), cultivar 2 kept at 1:4 in training", "wine.csv", minority: 2, ratio: 4, seeds, log);
        return md.ToString();
    }

    private static void Table(StringBuilder md, string title, string file, int minority, int ratio, int seeds, TextWriter log)
    {
        var (x, y) = Read(Path.Combine(AppContext.BaseDirectory, "Data", file));
        int classes = y.Max() + 1;
        var balanced = Methods.Select(_ => new List<double>()).ToArray();
        var f1 = Methods.Select(_ => new List<double>()).ToArray();
        int trainMinority = 0;
        for (int seed = 0; seed < seeds; seed++)
        {
            // Half of each class trains, half tests; then the minority's training half is cut down (the test half stays as it is).
            var byClass = Stats.ShuffledByClass(y, classes, (ulong)seed);
            var trainBy = byClass.Select(l => l.Take(l.Count / 2).ToList()).ToArray();
            var test = byClass.SelectMany(l => l.Skip(l.Count / 2)).Order().ToArray();
            int largest = trainBy.Max(l => l.Count);
            trainBy[minority] = [.. trainBy[minority].Take(Math.Max(6, largest / ratio))];
            trainMinority = trainBy[minority].Count;
            var train = trainBy.SelectMany(l => l).Order().ToArray();
            var testRows = test.Select(i => x[i]).ToArray();
            var testLabels = test.Select(i => y[i]).ToArray();
            for (int m = 0; m < Methods.Length; m++)
            {
                var (rows, labels, weights) = Prepare(Methods[m], train.Select(i => x[i]).ToArray(), train.Select(i => y[i]).ToArray(), classes, (ulong)seed);
                var predicted = ProxyClassifier.Train(ProxyModelKind.LightGbm, rows, labels, classes, seed, weights).Predict(testRows);
                balanced[m].Add(BalancedAccuracy(testLabels, predicted, classes));
                f1[m].Add(F1(testLabels, predicted, minority));
            }

            log.WriteLine($"tables: {file} seed {seed}: " + string.Join(", ", Methods.Select((n, m) => $"{n} {balanced[m][^1]:F3}/{f1[m][^1]:F3}")));
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"**{title}** ({trainMinority} minority training rows), LightGbm, mean ± std over {seeds} seeds (%):")
          .AppendLine()
          .AppendLine("| method | balanced accuracy | Δ | minority F1 | Δ |")
          .AppendLine("| --- | ---: | ---: | ---: | ---: |");
        for (int m = 0; m < Methods.Length; m++)
        {
            md.AppendLine($"| {Methods[m]} | {Stats.Cell(balanced[m])} | {Stats.Delta(balanced[m], balanced[0])} | {Stats.Cell(f1[m])} | {Stats.Delta(f1[m], f1[0])} |");
        }

        md.AppendLine();
    }

    private static (IReadOnlyList<float[]> Rows, IReadOnlyList<int> Labels, IReadOnlyList<float>? Weights) Prepare(string method, float[][] rows, int[] labels, int classes, ulong seed)
    {
        if (method == "none")
        {
            return (rows, labels, null);
        }

        if (method == "class weights")
        {
            // scikit-learn's class_weight="balanced": n / (classes * count of the row's class).
            var counts = new int[classes];
            foreach (int l in labels)
            {
                counts[l]++;
            }

            return (rows, labels, [.. labels.Select(l => (float)labels.Length / (classes * counts[l]))]);
        }

        OverSampler sampler = method switch
        {
            "random oversampling" => new RandomOverSampler(),
            "SMOTE" => new Smote(),
            "Borderline-SMOTE 1" => new BorderlineSmote(),
            _ => new Adasyn(),
        };
        int cols = rows[0].Length;
        var data = new TabularDataset([.. rows.SelectMany(r => r)], cols, labels);
        var result = sampler.Resample(data, Rng.ForSample(seed, 5, 0)).Data;
        return ([.. Enumerable.Range(0, result.Rows).Select(r => result.NumericRow(r).ToArray())], result.Labels, null);
    }

    private static double BalancedAccuracy(int[] truth, int[] predicted, int classes) =>
        Enumerable.Range(0, classes).Where(c => truth.Contains(c))
            .Average(c => (double)truth.Where((t, i) => t == c && predicted[i] == c).Count() / truth.Count(t => t == c));

    private static double F1(int[] truth, int[] predicted, int positive)
    {
        int tp = truth.Where((t, i) => t == positive && predicted[i] == positive).Count();
        int fp = truth.Where((t, i) => t != positive && predicted[i] == positive).Count();
        int fn = truth.Where((t, i) => t == positive && predicted[i] != positive).Count();
        return tp == 0 ? 0 : 2.0 * tp / ((2 * tp) + fp + fn);
    }

    private static (float[][] X, int[] Y) Read(string path)
    {
        var lines = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).ToArray();
        var x = lines.Select(l => l.Split(',')[..^1].Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var y = lines.Select(l => int.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture)).ToArray();
        return (x, y);
    }
}
