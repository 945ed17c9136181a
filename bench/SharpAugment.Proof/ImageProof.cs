using System.Text;
using SharpAugment.Evaluation;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Transforms;

namespace SharpAugment.Proof;

/// <summary>Digits at several training-set sizes: no augmentation vs small affine/elastic vs RandAugment vs the rotate(180) negative control.</summary>
internal static class ImageProof
{
    public const string Affine = "affine(angle=-10..10, translate=[-1..1, -1..1], scale=0.9..1.1, shear=[-8..8, 0], interpolation=bilinear) | elastic(alpha=8, sigma=2, p=0.5)";
    public const string RandAugment = "randaugment(num_ops=2, magnitude=9)";
    public const string Control = "rotate(angle=180)";

    private static readonly (string Name, string? Pipeline)[] Conditions =
    [
        ("none", null),
        ("affine/elastic", Affine),
        ("RandAugment", RandAugment),
        ("rotate 180 (control)", Control),
    ];

    public static string Run(LabelledImages digits, int seeds, int[] sizes, int copies, Learner[] models, TextWriter log)
    {
        var registry = new TransformRegistry().AddImageTransforms();
        var features = PixelFeatures.For(digits);
        var clean = AugmentedFeatures.Clean(digits, features);
        // results[model][size][condition] = accuracy per seed.
        var results = models.ToDictionary(m => m, _ => sizes.ToDictionary(s => s, _ => Conditions.Select(_ => new List<double>()).ToArray()));
        for (int seed = 0; seed < seeds; seed++)
        {
            var byClass = Stats.ShuffledByClass(digits.Labels, 10, (ulong)seed);
            var augmented = Conditions.Select(c => c.Pipeline is null ? null
                : AugmentedFeatures.Copies(digits, features, registry.Parse<Sample>(c.Pipeline), copies, (ulong)seed)).ToArray();
            foreach (int size in sizes)
            {
                // Stratified: each class gives its share of the training images; everything else is the test set.
                var train = byClass.SelectMany(list => list.Take((int)Math.Round((double)size * list.Count / digits.Count))).Order().ToArray();
                var inTrain = new HashSet<int>(train);
                var test = Enumerable.Range(0, digits.Count).Where(i => !inTrain.Contains(i)).ToArray();
                var testRows = test.Select(i => clean[i]).ToArray();
                foreach (var model in models)
                {
                    for (int c = 0; c < Conditions.Length; c++)
                    {
                        var rows = train.Select(i => clean[i]).ToList();
                        var labels = train.Select(i => digits.Labels[i]).ToList();
                        foreach (var copy in augmented[c] ?? [])
                        {
                            rows.AddRange(train.Select(i => copy[i]));
                            labels.AddRange(train.Select(i => digits.Labels[i]));
                        }

                        var predicted = model.Train(rows, labels, 10, seed)(testRows);
                        results[model][size][c].Add((double)test.Where((i, k) => predicted[k] == digits.Labels[i]).Count() / test.Length);
                    }

                    log.WriteLine($"images: seed {seed} size {size} {model.Title}: " + string.Join(", ", Conditions.Select((c, k) => $"{c.Name} {results[model][size][k][^1]:F3}")));
                }
            }
        }

        var md = new StringBuilder();
        foreach (var model in models)
        {
            md.AppendLine($"**{model.Title}**, accuracy (%) on the held-out digits, mean ± std over {seeds} seeds; Δ = points over no augmentation:")
              .AppendLine()
              .AppendLine("| training images | " + string.Join(" | ", Conditions.Select((c, k) => k == 0 ? c.Name : $"{c.Name} | Δ")) + " |")
              .AppendLine("| ---: | " + string.Join(" | ", Conditions.Select((_, k) => k == 0 ? "---:" : "---: | ---:")) + " |");
            foreach (int size in sizes)
            {
                var r = results[model][size];
                md.AppendLine($"| {size} | " + string.Join(" | ", r.Select((v, k) => k == 0 ? Stats.Cell(v) : $"{Stats.Cell(v)} | {Stats.Delta(v, r[0])}")) + " |");
            }

            md.AppendLine();
        }

        return md.ToString();
    }
}
