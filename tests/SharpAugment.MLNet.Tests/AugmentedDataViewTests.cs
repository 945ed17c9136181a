using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Training;
using SharpAugment.Transforms;

namespace SharpAugment.MLNet.Tests;

public sealed class AugmentedDataViewTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sa-mlnet-").FullName;

    public AugmentedDataViewTests()
    {
        // A tiny ImageFolder: three classes told apart by their dominant colour, under seeded noise.
        string[] classes = ["blue", "green", "red"];
        for (int c = 0; c < 3; c++)
        {
            Directory.CreateDirectory(Path.Combine(_root, classes[c]));
            for (int i = 0; i < 30; i++)
            {
                var rng = new Rng((ulong)((c * 100) + i));
                var img = new Image<byte>(20, 16, 3);
                for (int p = 0; p < 20 * 16; p++)
                {
                    for (int k = 0; k < 3; k++)
                    {
                        int dominant = 2 - c; // blue = channel 2, green = 1, red = 0
                        img.Pixels[(3 * p) + k] = (byte)((k == dominant ? 150 : 40) + rng.Next(80));
                    }
                }

                ImageCodec.Save(img, Path.Combine(_root, classes[c], $"{i:D2}.png"));
            }
        }
    }

    public void Dispose() => Directory.Delete(_root, true);

    private DataLoader Loader() => new(
        ImageDataset.Open(_root),
        new TransformRegistry().AddImageTransforms().Parse<Sample>("random_resized_crop(width=8, height=8) | hflip(p=0.5)"),
        new DataLoaderOptions { BatchSize = 8, Seed = 1, Workers = 2, Prefetch = 4 });

    [Fact]
    public void LightGbm_trains_on_augmented_epochs_of_a_tiny_image_folder()
    {
        var ml = new MLContext(seed: 0);
        var train = new AugmentedDataView(Loader());
        Assert.Equal(3 * 8 * 8, train.FeatureLength);
        var trainer = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfLeaves = 4,
                MinimumExampleCountPerLeaf = 2,
                NumberOfIterations = 50,
                LearningRate = 0.3,
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
            }));
        var model = trainer.Fit(train);

        // Scored on another augmented epoch (new crops and flips of the same files).
        var test = new AugmentedDataView(Loader(), firstEpoch: 50);
        var metrics = ml.MulticlassClassification.Evaluate(model.Transform(test));
        var trainMetrics = ml.MulticlassClassification.Evaluate(model.Transform(new AugmentedDataView(Loader())));
        Assert.True(metrics.MicroAccuracy > 0.9, $"micro accuracy {metrics.MicroAccuracy:F3}, on training epochs {trainMetrics.MicroAccuracy:F3}");
        Assert.True(train.NextEpoch > 0, "training read at least one epoch");
    }

    [Theory]
    [InlineData("SdcaMaximumEntropy")]
    [InlineData("LbfgsMaximumEntropy")]
    public void Linear_trainers_train_on_augmented_epochs_too(string name)
    {
        var ml = new MLContext(seed: 0);
        var train = new AugmentedDataView(Loader());
        IEstimator<ITransformer> trainer = name == "SdcaMaximumEntropy"
            ? ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 30)
            : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy();
        var model = ml.Transforms.Conversion.MapValueToKey("Label").Append(trainer).Fit(train);

        var metrics = ml.MulticlassClassification.Evaluate(model.Transform(new AugmentedDataView(Loader(), firstEpoch: 50)));
        Assert.True(metrics.MicroAccuracy > 0.9, $"{name}: micro accuracy {metrics.MicroAccuracy:F3} on an unseen augmented epoch");
        Assert.True(train.NextEpoch > 0, "training read at least one epoch");
    }

    [Fact]
    public void Each_cursor_is_the_next_epoch_of_the_loader()
    {
        var loader = Loader();
        var view = new AugmentedDataView(loader, firstEpoch: 3);
        Assert.Equal(90, view.GetRowCount());
        var first = Read(view);
        var second = Read(view);
        Assert.Equal(5, view.NextEpoch);
        Assert.Equal(loader.EpochIndices(3), first.Select(r => r.Index));
        Assert.Equal(loader.EpochIndices(4), second.Select(r => r.Index));

        // Row k of the view is row k of the loader's epoch, label included.
        var rows = new List<(int Index, float Label, float[] Features)>();
        foreach (var b in loader.ReadEpochAsync(3).ToBlockingEnumerable())
        {
            int n = b.Data.Length / b.Count;
            for (int r = 0; r < b.Count; r++)
            {
                rows.Add((b.Indices[r], Array.IndexOf(b.Labels, 1f, r * 3, 3) - (r * 3), b.Data.AsSpan(r * n, n).ToArray()));
            }
        }

        Assert.Equal(rows.Count, first.Count);
        for (int k = 0; k < rows.Count; k++)
        {
            Assert.Equal(rows[k].Index, first[k].Index);
            Assert.Equal(rows[k].Label, first[k].Label);
            Assert.Equal(rows[k].Features, first[k].Features);
        }
    }

    [Fact]
    public void A_shuffling_loader_is_refused_naming_the_fix()
    {
        var loader = new DataLoader(ImageDataset.Open(_root), new TransformRegistry().AddImageTransforms().Parse<Sample>("resize(width=8, height=8)"),
            new DataLoaderOptions { Shuffle = true });
        var e = Assert.Throws<ArgumentException>(() => new AugmentedDataView(loader));
        Assert.Contains("Shuffle = false", e.Message, StringComparison.Ordinal);
    }

    private static List<(int Index, float Label, float[] Features)> Read(IDataView view)
    {
        var result = new List<(int, float, float[])>();
        using var cursor = view.GetRowCursor(view.Schema);
        var features = cursor.GetGetter<VBuffer<float>>(view.Schema["Features"]);
        var label = cursor.GetGetter<float>(view.Schema["Label"]);
        var index = cursor.GetGetter<int>(view.Schema["Index"]);
        VBuffer<float> f = default;
        float l = 0;
        int i = 0;
        while (cursor.MoveNext())
        {
            features(ref f);
            label(ref l);
            index(ref i);
            result.Add((i, l, f.DenseValues().ToArray()));
        }

        return result;
    }
}
