using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Transforms;

namespace SharpAugment.Training.Tests;

/// <summary>README's "Train with it" loader example runs as written (only the samples path is made absolute).</summary>
public class ReadmeTrainTests
{
    private static string RepoFile(string name) => SharpAugment.Training.Tests.RepoPaths.Get(name);

    [Fact]
    public async Task DataLoaderExampleRunsAsWritten()
    {
        string readme = File.ReadAllText(RepoFile("README.md"));
        Assert.Contains("""    .Parse<Sample>("random_resized_crop(width=64, height=64) | hflip(p=0.5) | randaugment(num_ops=2, magnitude=9)");""", readme, StringComparison.Ordinal);
        Assert.Contains("    BatchSize = 4, Shuffle = true, Seed = 7, Workers = 2, Prefetch = 4,", readme, StringComparison.Ordinal);

        var shapes = new List<long[]>();
        var dataset = ImageDataset.Open(RepoFile("samples/imagefolder"));
        var pipeline = new TransformRegistry().AddImageTransforms()
            .Parse<Sample>("random_resized_crop(width=64, height=64) | hflip(p=0.5) | randaugment(num_ops=2, magnitude=9)");
        var loader = new DataLoader(dataset, pipeline, new DataLoaderOptions
        {
            BatchSize = 4, Shuffle = true, Seed = 7, Workers = 2, Prefetch = 4,
            Mean = [0.485f, 0.456f, 0.406f], Std = [0.229f, 0.224f, 0.225f],
        });
        for (int epoch = 0; epoch < 3; epoch++)
        {
            await foreach (var batch in loader.ReadEpochAsync(epoch))
            {
                using (batch)
                {
                    shapes.Add(batch.Shape);
                    Assert.Equal([batch.Count, 3], batch.LabelShape);
                }
            }
        }

        Assert.Equal(9, shapes.Count);
        Assert.Equal([4L, 3, 64, 64], shapes[0]);
        Assert.Equal([1L, 3, 64, 64], shapes[2]);
    }
}
