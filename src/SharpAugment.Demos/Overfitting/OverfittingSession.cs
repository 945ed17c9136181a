using System.Runtime.CompilerServices;
using SharpAugment.Demos.Networks;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tabular;

namespace SharpAugment.Demos.Overfitting;

/// <summary>
/// Two identical networks (one initialisation, cloned) trained side by side with Adam for the same number of full-batch
/// steps on the same spiral: one on the raw training points, the other on Copies freshly augmented copies drawn at each
/// step from Rng.ForSample(seed, step, 0). Accuracies are always measured on clean points. Not thread-safe: one
/// session serves one run.
/// </summary>
public sealed class OverfittingSession
{
    private readonly Adam _plainOptimizer;
    private readonly Adam _augmentedOptimizer;
    private readonly float[] _plainGradient;
    private readonly float[] _augmentedGradient;
    private readonly float[] _trainInputs;
    private readonly float[] _testInputs;
    private readonly float[] _gridInputs;
    private readonly TabularDataset _copies;
    private readonly ITransform<TabularDataset>? _pipeline;
    private readonly float[] _batchInputs;

    /// <summary>Builds the data, the shared initial network and the augmentation pipeline from <paramref name="settings"/>.</summary>
    public OverfittingSession(OverfittingSettings settings, TransformRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Settings = settings;
        var root = new Rng(settings.Seed);
        Train = Spiral.Generate(settings.Points, settings.Noise, root.Fork(1));
        Test = Spiral.Generate(settings.TestPoints, settings.Noise, root.Fork(2));
        Grid = new PlaneGrid(settings.GridResolution, Spiral.Radius + 1);
        PipelineText = settings.Pipeline ?? AugmentationStrength.Pipeline(settings.Strength);
        _pipeline = PipelineText.Length == 0 ? null : (registry ?? new TransformRegistry().AddTabularTransforms()).Parse<TabularDataset>(PipelineText);

        NoAugmentation = new Mlp(2, settings.Hidden, 2, root.Fork(3));
        WithAugmentation = NoAugmentation.Clone();
        _plainOptimizer = new Adam(NoAugmentation.Parameters.Length, settings.LearningRate);
        _augmentedOptimizer = new Adam(WithAugmentation.Parameters.Length, settings.LearningRate);
        _plainGradient = new float[NoAugmentation.Parameters.Length];
        _augmentedGradient = new float[WithAugmentation.Parameters.Length];
        _trainInputs = ToInputs(Train.Numeric);
        _testInputs = ToInputs(Test.Numeric);
        _gridInputs = ToInputs(Grid.Centers());

        var repeated = new float[Train.Numeric.Length * settings.Copies];
        var labels = new int[Train.Rows * settings.Copies];
        for (int c = 0; c < settings.Copies; c++)
        {
            Train.Numeric.CopyTo(repeated, c * Train.Numeric.Length);
            Train.Labels.CopyTo(labels, c * Train.Rows);
        }

        _copies = new TabularDataset(repeated, 2, labels);
        _batchInputs = new float[repeated.Length];
    }

    /// <summary>The settings this session was built from.</summary>
    public OverfittingSettings Settings { get; }

    /// <summary>The training points in plane units (2 columns, labels 0/1).</summary>
    public TabularDataset Train { get; }

    /// <summary>The test points in plane units, from the same spiral and noise.</summary>
    public TabularDataset Test { get; }

    /// <summary>The grid over which each frame's probabilities are given.</summary>
    public PlaneGrid Grid { get; }

    /// <summary>The augmentation pipeline as text (empty: the augmented network sees the raw points too).</summary>
    public string PipelineText { get; }

    /// <summary>The network trained on the raw points.</summary>
    public Mlp NoAugmentation { get; }

    /// <summary>The network trained on augmented copies.</summary>
    public Mlp WithAugmentation { get; }

    /// <summary>Steps taken so far.</summary>
    public int Step { get; private set; }

    /// <summary>Whether every step has been taken.</summary>
    public bool IsFinished => Step >= Settings.Steps;

    /// <summary>The network input for plane points: coordinates divided by the spiral radius, so they lie in about [-1, 1].</summary>
    public static float[] ToInputs(ReadOnlySpan<float> plane)
    {
        var result = new float[plane.Length];
        System.Numerics.Tensors.TensorPrimitives.Multiply(plane, (float)(1 / Spiral.Radius), result);
        return result;
    }

    /// <summary>The augmented copies the network sees at <paramref name="step"/> (plane units), drawn from that step's seed alone (the plain copies when there is no pipeline).</summary>
    public TabularDataset AugmentedBatch(int step) =>
        _pipeline is null ? _copies : _pipeline.Apply(_copies, new AugmentContext(Rng.ForSample(Settings.Seed, step, 0)));

    /// <summary>Takes up to <paramref name="steps"/> more steps on both networks (never past <see cref="OverfittingSettings.Steps"/>).</summary>
    public void Advance(int steps)
    {
        for (int i = 0; i < steps && !IsFinished; i++)
        {
            NoAugmentation.LossAndGradient(_trainInputs, Train.Labels, _plainGradient);
            _plainOptimizer.Step(NoAugmentation.Parameters, _plainGradient);

            if (_pipeline is null)
            {
                // Nothing to augment: the same batch as the plain network, so the two stay bit-identical.
                WithAugmentation.LossAndGradient(_trainInputs, Train.Labels, _augmentedGradient);
            }
            else
            {
                var batch = AugmentedBatch(Step);
                System.Numerics.Tensors.TensorPrimitives.Multiply(batch.Numeric, (float)(1 / Spiral.Radius), _batchInputs);
                WithAugmentation.LossAndGradient(_batchInputs, batch.Labels, _augmentedGradient);
            }

            _augmentedOptimizer.Step(WithAugmentation.Parameters, _augmentedGradient);
            Step++;
        }
    }

    /// <summary>The fixed part of the picture: plane, points and pipeline (send it once, before the frames).</summary>
    public OverfittingScene Scene() => new(
        Grid.Extent, Grid.Resolution, (float[])Train.Numeric.Clone(), (int[])Train.Labels.Clone(), (float[])Test.Numeric.Clone(), (int[])Test.Labels.Clone(),
        PipelineText, Settings.Steps);

    /// <summary>Both networks now: accuracies on clean train and test points, training loss, and probabilities over the grid.</summary>
    public TrainingFrame Frame() => new(Step, Settings.Steps, Snapshot(NoAugmentation), Snapshot(WithAugmentation));

    /// <summary>
    /// Trains to the end, yielding the initial frame and then a frame every <paramref name="frameEvery"/> steps (and the
    /// last one). Training runs on the thread pool between frames; cancellation stops it between steps' chunks.
    /// </summary>
    public async IAsyncEnumerable<TrainingFrame> StreamAsync(int frameEvery, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameEvery);
        cancellationToken.ThrowIfCancellationRequested();
        yield return Frame();
        while (!IsFinished)
        {
            var frame = await Task.Run(
                () =>
                {
                    for (int done = 0; done < frameEvery && !IsFinished; done += 5)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        Advance(Math.Min(5, frameEvery - done));
                    }

                    return Frame();
                },
                cancellationToken).ConfigureAwait(false);
            yield return frame;
        }
    }

    /// <summary>Trains to the end and returns the four accuracies.</summary>
    public OverfittingResult Run()
    {
        Advance(Settings.Steps - Step);
        return Result();
    }

    /// <summary>The accuracies and settings as they stand now.</summary>
    public OverfittingResult Result() => new(
        new AccuracyPair(NoAugmentation.Accuracy(_trainInputs, Train.Labels), NoAugmentation.Accuracy(_testInputs, Test.Labels)),
        new AccuracyPair(WithAugmentation.Accuracy(_trainInputs, Train.Labels), WithAugmentation.Accuracy(_testInputs, Test.Labels)),
        Settings.Seed, Settings.Points, Settings.TestPoints, Settings.Noise, Settings.Strength, Step, PipelineText);

    private NetworkSnapshot Snapshot(Mlp network)
    {
        var probabilities = network.PredictProbabilities(_gridInputs);
        var classOne = new float[probabilities.Length / 2];
        for (int i = 0; i < classOne.Length; i++)
        {
            classOne[i] = probabilities[2 * i + 1];
        }

        return new NetworkSnapshot(
            network.Accuracy(_trainInputs, Train.Labels), network.Accuracy(_testInputs, Test.Labels), network.Loss(_trainInputs, Train.Labels), classOne);
    }
}
