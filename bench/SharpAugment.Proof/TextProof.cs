using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using SharpAugment.Randomness;
using SharpAugment.Text.Eda;

namespace SharpAugment.Proof;

/// <summary>EDA on a topic task: WordNet noun glosses labelled by lexicographer file, 500 training sentences, num_aug 0/4/16, ML.NET text features + LbfgsMaximumEntropy.</summary>
internal static class TextProof
{
    // EDA at num_aug 0/4/16, and the same number of unchanged copies: repeating rows alone weakens the fixed L2 penalty,
    // so the copies separate what EDA's edits add from what more rows add.
    private static readonly (string Name, int Count, bool Eda)[] Conditions =
        [("none", 0, false), ("EDA num_aug=4", 4, true), ("EDA num_aug=16", 16, true), ("4 unchanged copies", 4, false), ("16 unchanged copies", 16, false)];

    public static string Run(int seeds, int trainSize, TextWriter log)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "glosses.tsv")).Select(l => l.Split('\t')).ToArray();
        string[] names = [.. lines.Select(l => l[0]).Distinct().Order(StringComparer.Ordinal)];
        int[] labels = [.. lines.Select(l => Array.IndexOf(names, l[0]))];
        var results = Conditions.Select(_ => new List<double>()).ToArray();
        for (int seed = 0; seed < seeds; seed++)
        {
            var byClass = Stats.ShuffledByClass(labels, names.Length, (ulong)seed);
            var train = byClass.SelectMany(l => l.Take(trainSize / names.Length)).ToArray();
            var test = byClass.SelectMany(l => l.Skip(trainSize / names.Length)).ToArray();
            for (int a = 0; a < Conditions.Length; a++)
            {
                var rows = new List<Row>();
                var (_, count, useEda) = Conditions[a];
                var eda = useEda ? new Eda(new EdaOptions { NumAug = count }) : null;
                foreach (int i in train)
                {
                    rows.Add(new Row { Text = lines[i][1], Label = names[labels[i]] });
                    var extra = eda is null ? Enumerable.Repeat(lines[i][1], count) : eda.Augment(lines[i][1], Rng.ForSample((ulong)seed, 0, i));
                    foreach (var s in extra)
                    {
                        rows.Add(new Row { Text = s, Label = names[labels[i]] });
                    }
                }

                results[a].Add(Accuracy(rows, [.. test.Select(i => new Row { Text = lines[i][1], Label = names[labels[i]] })], seed));
            }

            log.WriteLine($"text: seed {seed}: " + string.Join(", ", Conditions.Select((c, a) => $"{c.Name} {results[a][^1]:F3}")));
        }

        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture,
                $"**WordNet glosses, {names.Length} lexicographer files ({string.Join(", ", names)}), {trainSize} training sentences, {lines.Length - trainSize} test**, ML.NET FeaturizeText + LbfgsMaximumEntropy, accuracy (%) mean ± std over {seeds} seeds:")
          .AppendLine()
          .AppendLine("| training set | accuracy | Δ |")
          .AppendLine("| --- | ---: | ---: |");
        for (int a = 0; a < Conditions.Length; a++)
        {
            md.AppendLine($"| {Conditions[a].Name} | {Stats.Cell(results[a])} | {Stats.Delta(results[a], results[0])} |");
        }

        return md.AppendLine().ToString();
    }

    private static double Accuracy(List<Row> train, Row[] test, int seed)
    {
        var ml = new MLContext(seed);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", nameof(Row.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }));
        var model = pipeline.Fit(ml.Data.LoadFromEnumerable(train));
        var metrics = ml.MulticlassClassification.Evaluate(model.Transform(ml.Data.LoadFromEnumerable(test)));
        return metrics.MicroAccuracy;
    }

    /// <summary>One labelled sentence as ML.NET reads it.</summary>
    private sealed class Row
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }
}
