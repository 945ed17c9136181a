using System.Globalization;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Evaluation;

/// <summary>
/// The article's "grid search over N and M": every candidate policy is scored by a proxy trained on the clean training
/// folds plus augmented copies and evaluated on clean held-out folds (the test distribution), against no augmentation.
/// </summary>
public static class Tuner
{
    /// <summary>The contender for "no augmentation": RandAugment with zero ops leaves every image as it is and still parses as a pipeline.</summary>
    public const string NoAugmentation = "randaugment(num_ops=0)";

    /// <summary>The candidates of a space and budget, no augmentation first.</summary>
    public static IReadOnlyList<string> Candidates(TuneSpace space, TuneBudget budget)
    {
        var list = new List<string> { NoAugmentation };
        if (space is TuneSpace.RandAugment or TuneSpace.All)
        {
            int[] ns = budget == TuneBudget.Small ? [1, 2] : [1, 2, 3];
            int[] ms = budget == TuneBudget.Small ? [5, 9, 13] : [3, 6, 9, 12, 15];
            list.AddRange(from n in ns from m in ms select string.Create(CultureInfo.InvariantCulture, $"randaugment(num_ops={n}, magnitude={m})"));
        }

        if (space is TuneSpace.TrivialAugment or TuneSpace.All)
        {
            list.Add("trivialaugment");
        }

        if (space is TuneSpace.AutoAugment or TuneSpace.All)
        {
            list.AddRange(["autoaugment(policy=imagenet)", "autoaugment(policy=cifar10)", "autoaugment(policy=svhn)"]);
        }

        return list;
    }

    /// <summary>Scores every candidate; <paramref name="progress"/> hears after every model trained.</summary>
    public static TuneReport Run(LabelledImages data, TransformRegistry registry, TuneOptions options, Action<EvaluationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var candidates = Candidates(options.Space, options.Budget);
        var transforms = candidates.Select(c => registry.Parse<Sample>(c)).ToArray();
        var folds = StratifiedKFold.Assign(data.Labels, data.ClassNames, options.Folds, options.Seed);
        var features = PixelFeatures.For(data);
        var clean = AugmentedFeatures.Clean(data, features);
        int total = candidates.Count * options.Folds;
        int done = 0;
        var entries = new List<TuneEntry>();
        for (int c = 0; c < candidates.Count; c++)
        {
            var copies = candidates[c] == NoAugmentation ? [] : AugmentedFeatures.Copies(data, features, transforms[c], options.Copies, options.Seed);
            var accuracies = new double[options.Folds];
            for (int f = 0; f < options.Folds; f++)
            {
                var (train, test) = Auditor.Split(folds, f);
                var rows = new List<float[]>(Auditor.Pick(clean, train));
                var labels = new List<int>(Auditor.Pick(data.Labels, train));
                foreach (var copy in copies)
                {
                    rows.AddRange(Auditor.Pick(copy, train));
                    labels.AddRange(Auditor.Pick(data.Labels, train));
                }

                var model = ProxyClassifier.Train(options.Model, rows, labels, data.ClassNames.Count, Auditor.Seed(options.Seed, f));
                accuracies[f] = Auditor.Accuracy(Auditor.Pick(data.Labels, test), model.Predict(Auditor.Pick(clean, test)));
                progress?.Invoke(new EvaluationProgress(candidates[c], ++done, total));
            }

            entries.Add(new TuneEntry(candidates[c], Math.Round(accuracies.Average(), 4), Math.Round(Spread(accuracies), 4)));
        }

        var board = entries.Select((e, i) => (e, i)).OrderByDescending(x => x.e.MeanAccuracy).ThenBy(x => x.i).Select(x => x.e).ToArray();
        return new TuneReport(board, board[0].Pipeline, options.Model, options.Folds, options.Copies, options.Seed);
    }

    /// <summary>The sample standard deviation (n - 1), 0 for a single value.</summary>
    internal static double Spread(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
