using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Training;
using SharpAugment.Transforms;
using static SharpAugment.OnnxRuntime.Tests.OnnxFixtures;

namespace SharpAugment.OnnxRuntime.Tests;

/// <summary>README's ONNX Runtime example runs as written on samples/imagefolder, with the toy classifier as "model.onnx".</summary>
public class ReadmeOnnxTests
{
    private static string RepoFile(string name) => SharpAugment.Training.Tests.RepoPaths.Get(name);

    [Fact]
    public async Task OnnxExampleRunsAsWritten()
    {
        string readme = File.ReadAllText(RepoFile("README.md"));
        Assert.Contains("var tta = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.HorizontalFlip], TestTimeMerge.Mean);", readme, StringComparison.Ordinal);
        Assert.Contains("""    new TransformRegistry().AddImageTransforms().Parse<Sample>("resize(size=8) | center_crop(width=8, height=8)"),""", readme, StringComparison.Ordinal);
        Assert.Contains("        float[] scores = tta.Classify(batch, model);", readme, StringComparison.Ordinal);

        var dataset = ImageDataset.Open(RepoFile("samples/imagefolder"));
        int rows = 0;
        using var model = new OnnxModel(Fixture("classifier.onnx"));
        var tta = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.HorizontalFlip], TestTimeMerge.Mean);
        var eval = new DataLoader(dataset,
            new TransformRegistry().AddImageTransforms().Parse<Sample>("resize(size=8) | center_crop(width=8, height=8)"),
            new DataLoaderOptions { BatchSize = 4 });
        await foreach (var batch in eval.ReadEpochAsync(0))
        {
            using (batch)
            {
                float[] scores = tta.Classify(batch, model);
                using var flipped = TestTimeAugmentation.MakeView(batch, TestTimeView.HorizontalFlip);
                var plain = Logits(batch);
                var mirror = Logits(flipped);
                Assert.Equal(batch.Count * 4, scores.Length);
                for (int i = 0; i < scores.Length; i++)
                {
                    Assert.Equal((plain[i] + mirror[i]) / 2, scores[i], 3);
                }

                rows += batch.Count;
            }
        }

        Assert.Equal(dataset.Count, rows);
    }
}
