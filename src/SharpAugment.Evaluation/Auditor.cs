using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Evaluation;

/// <summary>
/// Audits a pipeline for label safety and distribution shift with a proxy model on stratified folds, for the whole
/// pipeline and each step alone. Label safety trains on the clean training folds plus augmented copies (as training
/// with augmentation does) and scores augmented held-out images; shift scores them with the clean-trained baseline.
/// </summary>
public static class Auditor
{
    /// <summary>A confusion is listed when the augmented model sends at least this share of a class to another, beyond the baseline's share.</summary>
    public const double ConfusionThreshold = 0.05;

    /// <summary>The share of a class's augmented images the clean model must call the other class, both ways, for the pair to count as swapped.</summary>
    public const double SwapThreshold = 0.25;

    /// <summary>Runs the audit; <paramref name="progress"/> hears after every model trained.</summary>
    public static AuditReport Run(LabelledImages data, string pipeline, TransformRegistry registry, AuditOptions options, Action<EvaluationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(pipeline);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var steps = Steps(pipeline);
        var transforms = steps.Select(s => registry.Build<Sample>(s)).ToArray();
        var folds = StratifiedKFold.Assign(data.Labels, data.ClassNames, options.Folds, options.Seed);
        var features = PixelFeatures.For(data);
        var clean = AugmentedFeatures.Clean(data, features);
        int classes = data.ClassNames.Count;
        int total = options.Folds * (1 + steps.Count);
        int done = 0;

        // The baseline models, one per fold, score clean held-out images and later each step's augmented ones (shift).
        var baselineModels = new ProxyClassifier[options.Folds];
        var baselinePredicted = new int[data.Count];
        for (int f = 0; f < options.Folds; f++)
        {
            var (train, test) = Split(folds, f);
            baselineModels[f] = ProxyClassifier.Train(options.Model, Pick(clean, train), Pick(data.Labels, train), classes, Seed(options.Seed, f));
            Scatter(baselineModels[f].Predict(Pick(clean, test)), test, baselinePredicted);
            progress?.Invoke(new EvaluationProgress("baseline", ++done, total));
        }

        var baselineConfusion = Confusion(data.Labels, baselinePredicted, classes);
        double baseline = Accuracy(data.Labels, baselinePredicted);
        var audits = new List<StepAudit>();
        for (int s = 0; s < steps.Count; s++)
        {
            string text = PipelineText.Format(steps[s]);
            var copies = AugmentedFeatures.Copies(data, features, transforms[s], options.Copies, options.Seed);
            var shiftPredicted = new int[data.Count];
            var safetyPredicted = new int[data.Count];
            for (int f = 0; f < options.Folds; f++)
            {
                var (train, test) = Split(folds, f);
                // Held-out images are scored on their first augmented copy; they never trained in this fold.
                var augmentedTest = Pick(copies[0], test);
                Scatter(baselineModels[f].Predict(augmentedTest), test, shiftPredicted);
                var trainRows = new List<float[]>(Pick(clean, train));
                var trainLabels = new List<int>(Pick(data.Labels, train));
                foreach (var copy in copies)
                {
                    trainRows.AddRange(Pick(copy, train));
                    trainLabels.AddRange(Pick(data.Labels, train));
                }

                var model = ProxyClassifier.Train(options.Model, trainRows, trainLabels, classes, Seed(options.Seed, f));
                Scatter(model.Predict(augmentedTest), test, safetyPredicted);
                progress?.Invoke(new EvaluationProgress(text, ++done, total));
            }

            var confusion = Confusion(data.Labels, safetyPredicted, classes);
            var shiftConfusion = Confusion(data.Labels, shiftPredicted, classes);
            double safety = Accuracy(data.Labels, safetyPredicted);
            double shift = Accuracy(data.Labels, shiftPredicted);
            var swaps = Swaps(shiftConfusion, baselineConfusion, data.ClassNames);
            var verdict = Judge(baseline, safety, shift, swaps.Count > 0, options.MaxDrop);
            audits.Add(new StepAudit(text, safety, shift, verdict, [.. swaps, .. Confusions(confusion, baselineConfusion, data.ClassNames, swaps)]));
        }

        double chance = Math.Round((double)data.Labels.GroupBy(l => l).Max(g => g.Count()) / data.Count, 4);
        return new AuditReport(baseline, chance, audits, options.Model, options.Folds, options.Copies, options.MaxDrop, options.Seed);
    }

    /// <summary>The pipeline's steps to audit: the whole pipeline, then each top-level step when there are several.</summary>
    public static IReadOnlyList<TransformSpec> Steps(string pipeline)
    {
        var spec = PipelineText.Parse(pipeline);
        if (spec.Name == "compose" && spec.Arguments.Count > 1 && spec.Arguments.All(a => a.Key is null && a.Value is TransformValue))
        {
            return [spec, .. spec.Arguments.Select(a => ((TransformValue)a.Value).Spec)];
        }

        return [spec];
    }

    /// <summary>
    /// Destroys labels when the model trained with the augmentation still loses more than <paramref name="maxDrop"/>,
    /// or when two classes trade places (<paramref name="swapped"/>: the clean model calls augmented a's "b" and augmented
    /// b's "a", as a rotated 6 is an upright 9 even where a proxy could learn the writers' quirks that tell them apart);
    /// shifts the distribution when only the clean-trained model loses more than <paramref name="maxDrop"/>; else safe.
    /// </summary>
    internal static AuditVerdict Judge(double baseline, double safety, double shift, bool swapped, double maxDrop)
    {
        if (baseline - safety > maxDrop || swapped)
        {
            return AuditVerdict.DestroysLabels;
        }

        return baseline - shift > maxDrop ? AuditVerdict.ShiftsDistribution : AuditVerdict.Safe;
    }

    /// <summary>
    /// Class pairs that trade places under the augmentation: the clean model sends at least <see cref="SwapThreshold"/>
    /// more of augmented a's to b, and of augmented b's to a, than it already does with clean images
    /// (<paramref name="baseline"/>), so a proxy that confuses a and b anyway (too few images) raises no swap. A shift
    /// alone (blur) drags many classes towards one blob-like class but does not turn b back into a.
    /// </summary>
    internal static List<ClassConfusion> Swaps(int[,] shift, int[,] baseline, IReadOnlyList<string> names)
    {
        var list = new List<ClassConfusion>();
        for (int a = 0; a < names.Count; a++)
        {
            for (int b = a + 1; b < names.Count; b++)
            {
                double ab = Rate(shift, a, b);
                double ba = Rate(shift, b, a);
                if (ab - Rate(baseline, a, b) >= SwapThreshold && ba - Rate(baseline, b, a) >= SwapThreshold)
                {
                    list.Add(new ClassConfusion(names[a], names[b], Math.Round(ab, 4), ConfusionSource.Swap));
                    list.Add(new ClassConfusion(names[b], names[a], Math.Round(ba, 4), ConfusionSource.Swap));
                }
            }
        }

        return [.. list.OrderByDescending(c => c.Rate).ThenBy(c => c.From, StringComparer.Ordinal)];
    }

    private static double Rate(int[,] m, int a, int b)
    {
        int row = Row(m, a);
        return row == 0 ? 0 : (double)m[a, b] / row;
    }

    internal static int[,] Confusion(IReadOnlyList<int> truth, int[] predicted, int classes)
    {
        var m = new int[classes, classes];
        for (int i = 0; i < predicted.Length; i++)
        {
            m[truth[i], predicted[i]]++;
        }

        return m;
    }

    private static int Row(int[,] m, int c)
    {
        int sum = 0;
        for (int j = 0; j < m.GetLength(1); j++)
        {
            sum += m[c, j];
        }

        return sum;
    }

    private static List<ClassConfusion> Confusions(int[,] m, int[,] baseline, IReadOnlyList<string> names, List<ClassConfusion> swaps)
    {
        var list = new List<ClassConfusion>();
        for (int a = 0; a < names.Count; a++)
        {
            int row = Row(m, a);
            if (row == 0)
            {
                continue;
            }

            for (int b = 0; b < names.Count; b++)
            {
                double rate = (double)m[a, b] / row;
                double before = (double)baseline[a, b] / row;
                bool listed = swaps.Any(c => c.From == names[a] && c.To == names[b]);
                if (a != b && !listed && rate >= ConfusionThreshold && rate - before >= ConfusionThreshold)
                {
                    list.Add(new ClassConfusion(names[a], names[b], Math.Round(rate, 4), ConfusionSource.AugmentedModel));
                }
            }
        }

        return [.. list.OrderByDescending(c => c.Rate).ThenBy(c => c.From, StringComparer.Ordinal).ThenBy(c => c.To, StringComparer.Ordinal).Take(10)];
    }

    internal static double Accuracy(IReadOnlyList<int> truth, int[] predicted)
    {
        int correct = 0;
        for (int i = 0; i < predicted.Length; i++)
        {
            correct += truth[i] == predicted[i] ? 1 : 0;
        }

        return Math.Round((double)correct / predicted.Length, 4);
    }

    internal static (int[] Train, int[] Test) Split(int[] folds, int fold) =>
        ([.. Enumerable.Range(0, folds.Length).Where(i => folds[i] != fold)], [.. Enumerable.Range(0, folds.Length).Where(i => folds[i] == fold)]);

    internal static T[] Pick<T>(IReadOnlyList<T> rows, int[] indices) => [.. indices.Select(i => rows[i])];

    /// <summary>The model seed of a fold: ML.NET takes an int, and each fold gets its own.</summary>
    internal static int Seed(ulong seed, int fold) => (int)((seed * 1_000_003UL + (ulong)fold) & 0x7FFF_FFFF);

    private static void Scatter(int[] values, int[] indices, int[] target)
    {
        for (int i = 0; i < indices.Length; i++)
        {
            target[indices[i]] = values[i];
        }
    }
}
