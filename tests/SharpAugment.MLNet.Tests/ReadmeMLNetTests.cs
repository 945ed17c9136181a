using Microsoft.ML;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Training;
using SharpAugment.Transforms;

namespace SharpAugment.MLNet.Tests;

/// <summary>README's ML.NET example runs as written on samples/imagefolder.</summary>
public class ReadmeMLNetTests
{
    private static string RepoFile(string name) => SharpAugment.Training.Tests.RepoPaths.Get(name);

    [Fact]
    public void MLNetExampleRunsAsWritten()
    {
        string readme = File.ReadAllText(RepoFile("README.md"));
        Assert.Contains("""    new TransformRegistry().AddImageTransforms().Parse<Sample>("random_resized_crop(width=16, height=16) | hflip(p=0.5)"),""", readme, StringComparison.Ordinal);
        Assert.Contains("    .Append(ml.MulticlassClassification.Trainers.LightGbm())", readme, StringComparison.Ordinal);

        var dataset = ImageDataset.Open(RepoFile("samples/imagefolder"));
        var ml = new MLContext(seed: 0);
        var train = new AugmentedDataView(new DataLoader(dataset,
            new TransformRegistry().AddImageTransforms().Parse<Sample>("random_resized_crop(width=16, height=16) | hflip(p=0.5)"),
            new DataLoaderOptions { BatchSize = 8, Seed = 7 }));
        var model = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.LightGbm())
            .Fit(train);

        var scored = ml.MulticlassClassification.Evaluate(model.Transform(train));
        Assert.InRange(scored.MicroAccuracy, 0, 1);
    }
}
