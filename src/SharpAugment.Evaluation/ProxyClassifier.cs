using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace SharpAugment.Evaluation;

/// <summary>A trained proxy model: ML.NET's LbfgsMaximumEntropy or LightGbm on pixel features, single-threaded so a seed fixes every prediction.</summary>
public sealed class ProxyClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly SchemaDefinition _schema;

    private ProxyClassifier(MLContext ml, ITransformer model, SchemaDefinition schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
    }

    /// <summary>Trains on feature rows (all of one length) and their labels (0..classes-1), each row weighted by <paramref name="weights"/> when given (class weights).</summary>
    public static ProxyClassifier Train(ProxyModelKind kind, IReadOnlyList<float[]> features, IReadOnlyList<int> labels, int classes, int seed,
        IReadOnlyList<float>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.Count == 0 || features.Count != labels.Count)
        {
            throw new ArgumentException($"{features.Count} feature rows and {labels.Count} labels: need the same, non-zero number.", nameof(labels));
        }

        var ml = new MLContext(seed);
        var schema = Schema(features[0].Length, classes);
        if (weights is not null && weights.Count != labels.Count)
        {
            throw new ArgumentException($"{weights.Count} weights for {labels.Count} rows: give one weight per row.", nameof(weights));
        }

        var data = ml.Data.LoadFromEnumerable(Rows(features, labels, weights), schema);
        string? weightColumn = weights is null ? null : nameof(Row.Weight);
        IEstimator<ITransformer> trainer = kind switch
        {
            ProxyModelKind.MaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                ExampleWeightColumnName = weightColumn,
                L2Regularization = 1e-2f,
                MaximumNumberOfIterations = 200,
            }),
            ProxyModelKind.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                ExampleWeightColumnName = weightColumn,
                NumberOfIterations = 100,
                NumberOfLeaves = 15,
                MinimumExampleCountPerLeaf = 5,
                LearningRate = 0.1,
                Seed = seed,
                Silent = true,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a proxy model kind"),
        };
        return new ProxyClassifier(ml, trainer.Fit(data), schema);
    }

    /// <summary>The predicted label (0..classes-1) of every row.</summary>
    public int[] Predict(IReadOnlyList<float[]> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count == 0)
        {
            return [];
        }

        var data = _ml.Data.LoadFromEnumerable(Rows(features, new int[features.Count], null), _schema);
        var predicted = _model.Transform(data).GetColumn<uint>("PredictedLabel").ToArray();
        // Predicted keys count from 1 (0 is a missing key, which the trainers never predict).
        return [.. predicted.Select(k => (int)k - 1)];
    }

    private static SchemaDefinition Schema(int length, int classes)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes);
        return schema;
    }

    private static IEnumerable<Row> Rows(IReadOnlyList<float[]> features, IReadOnlyList<int> labels, IReadOnlyList<float>? weights)
    {
        for (int i = 0; i < features.Count; i++)
        {
            yield return new Row { Features = features[i], Label = (uint)labels[i], Weight = weights?[i] ?? 1f };
        }
    }

    /// <summary>One row as ML.NET reads it; the vector length and key count are set at run time in the schema, and the label is 0-based (loading makes it the 1-based key).</summary>
    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public uint Label { get; set; }

        public float Weight { get; set; }
    }
}
