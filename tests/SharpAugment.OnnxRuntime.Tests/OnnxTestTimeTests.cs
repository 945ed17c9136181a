using Microsoft.ML.OnnxRuntime;
using SharpAugment.Geometry;
using SharpAugment.Training;
using static SharpAugment.OnnxRuntime.Tests.OnnxFixtures;

namespace SharpAugment.OnnxRuntime.Tests;

/// <summary>Test-time augmentation through an ONNX model: flip-averaged outputs, geometric mean, exact inversion of dense maps.</summary>
public class OnnxTestTimeTests
{
    [Fact]
    public void TestTimeAugmentationGivesTheFlipAveragedOutput()
    {
        using var model = new OnnxModel(Fixture("classifier.onnx"));
        using var batch = Batch(2, 3, 8, 8);
        using var flipped = TestTimeAugmentation.MakeView(batch, TestTimeView.HorizontalFlip);
        var plain = Logits(batch);
        var mirror = Logits(flipped);
        var merged = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.HorizontalFlip]).Classify(batch, model);
        Assert.Equal(8, merged.Length);
        for (int i = 0; i < merged.Length; i++)
        {
            Assert.True(Math.Abs(plain[i] - mirror[i]) > 0.01, "the toy model must tell left from right");
            Assert.Equal((plain[i] + mirror[i]) / 2, merged[i], 4);
        }
    }

    [Fact]
    public void GeometricMeanOfTheSoftmaxOutput()
    {
        using var model = new OnnxModel(Fixture("classifier.onnx"), outputName: "probs");
        using var batch = Batch(2, 3, 8, 8);
        using var flipped = TestTimeAugmentation.MakeView(batch, TestTimeView.VerticalFlip);
        var a = model.Run(batch).Data;
        var b = model.Run(flipped).Data;
        var merged = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.VerticalFlip], TestTimeMerge.GeometricMean).Classify(batch, model);
        for (int i = 0; i < merged.Length; i++)
        {
            Assert.Equal(Math.Sqrt((double)a[i] * b[i]), merged[i], 6);
        }
    }

    [Fact]
    public void SegmentationMapIsInvertedExactlyForFlipsAndTurns()
    {
        using var model = new OnnxModel(Fixture("dense.onnx"));
        using var batch = Batch(2, 3, 5, 9);
        var plain = model.Run(batch);
        Assert.Equal([2L, 4, 5, 9], plain.Shape);
        TestTimeView[] views =
        [
            TestTimeView.Identity, TestTimeView.HorizontalFlip, TestTimeView.VerticalFlip,
            new() { Map = PixelMap.Rotate90 }, new() { Map = PixelMap.Rotate180 }, new() { Map = PixelMap.Transpose },
        ];
        foreach (var merge in new[] { TestTimeMerge.Mean, TestTimeMerge.Max })
        {
            var merged = new TestTimeAugmentation(views, merge).Segment(batch, model);
            Assert.Equal(plain.Shape, merged.Shape);
            Assert.Equal(plain.Data, merged.Data);
        }

        // Without the inverse the flipped view's map would stay mirrored: one view alone shows it.
        var hflipOnly = new TestTimeAugmentation([TestTimeView.HorizontalFlip]).Segment(batch, model);
        Assert.Equal(plain.Data, hflipOnly.Data);
    }

    [Fact]
    public void ScaledViewsRunOnADynamicSizeModel()
    {
        using var model = new OnnxModel(Fixture("dense.onnx"));
        using var batch = Batch(1, 3, 12, 12);
        var merged = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.Scaled(1.5)]).Segment(batch, model);
        Assert.Equal([1L, 4, 12, 12], merged.Shape);
    }

    [Fact]
    public void ASessionOfTheCallersGivesWhatTheModelGivesAndStaysOpen()
    {
        using var session = new InferenceSession(File.ReadAllBytes(Fixture("classifier.onnx")));
        using var model = new OnnxModel(Fixture("classifier.onnx"), outputName: "probs");
        using var batch = Batch(2, 3, 8, 8);
        var tta = new TestTimeAugmentation([TestTimeView.Identity, TestTimeView.HorizontalFlip, TestTimeView.VerticalFlip], TestTimeMerge.Max);
        Assert.Equal(tta.Classify(batch, model), tta.Classify(batch, session, "probs"));
        var plain = new TestTimeAugmentation([TestTimeView.Identity]).Classify(batch, session);
        var expected = Logits(batch);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], plain[i], 4);
        }

        using var dense = new InferenceSession(File.ReadAllBytes(Fixture("dense.onnx")));
        using var denseModel = new OnnxModel(dense);
        using var image = Batch(1, 3, 6, 10);
        Assert.Equal(denseModel.Run(image).Data, tta.Segment(image, dense).Data);
        Assert.Equal(denseModel.Run(image).Data, tta.Segment(image, dense).Data);   // the overloads left the session open
    }
}
