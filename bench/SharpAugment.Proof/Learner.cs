using SharpAugment.Demos.Networks;
using SharpAugment.Evaluation;
using SharpAugment.Randomness;

namespace SharpAugment.Proof;

/// <summary>A model the image proof trains: its table title and how to train it on feature rows, returning a predictor.</summary>
internal sealed record Learner(string Title, Func<IReadOnlyList<float[]>, IReadOnlyList<int>, int, int, Func<IReadOnlyList<float[]>, int[]>> Train)
{
    /// <summary>The same epochs whatever the row count, so augmented copies also mean more Adam steps, as in training with augmentation.</summary>
    public const int MlpEpochs = 50;

    /// <summary>The learner for a --models name: maxent, lightgbm or mlp.</summary>
    public static Learner For(string name) => name switch
    {
        "maxent" => MlNet("LbfgsMaximumEntropy", ProxyModelKind.MaximumEntropy),
        "lightgbm" => MlNet("LightGbm", ProxyModelKind.LightGbm),
        "mlp" => new Learner($"MLP of the overfitting demo (64-64 tanh, Adam 0.01, batch 32, {MlpEpochs} epochs)", TrainMlp),
        _ => throw new ArgumentException($"--models: '{name}' is not one of maxent, lightgbm, mlp."),
    };

    private static Learner MlNet(string title, ProxyModelKind kind) =>
        new(title, (rows, labels, classes, seed) => ProxyClassifier.Train(kind, rows, labels, classes, seed).Predict);

    private static Func<IReadOnlyList<float[]>, int[]> TrainMlp(IReadOnlyList<float[]> rows, IReadOnlyList<int> labels, int classes, int seed)
    {
        int inputs = rows[0].Length;
        var mlp = new Mlp(inputs, [64, 64], classes, Rng.ForSample((ulong)seed, 23, 0));
        mlp.Fit(Flatten(rows), [.. labels], new MlpFitOptions { Epochs = MlpEpochs, BatchSize = 32, LearningRate = 0.01, Seed = (ulong)seed });
        return test => mlp.Predict(Flatten(test));
    }

    private static float[] Flatten(IReadOnlyList<float[]> rows)
    {
        var flat = new float[rows.Count * rows[0].Length];
        for (int i = 0; i < rows.Count; i++)
        {
            rows[i].CopyTo(flat, i * rows[0].Length);
        }

        return flat;
    }
}
