using Microsoft.ML.OnnxRuntime;
using SharpAugment.Training;
using static SharpAugment.OnnxRuntime.Tests.OnnxFixtures;

namespace SharpAugment.OnnxRuntime.Tests;

/// <summary>OnnxModel runs the committed toy models and names what it refuses.</summary>
public class OnnxModelTests
{
    [Fact]
    public void RunMatchesTheModelsFormula()
    {
        using var model = new OnnxModel(Fixture("classifier.onnx"));
        Assert.Equal("image", model.InputName);
        Assert.Equal("logits", model.OutputName);
        using var batch = Batch(3, 3, 8, 8);
        var output = model.Run(batch);
        Assert.Equal([3L, 4], output.Shape);
        var expected = Logits(batch);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], output.Data[i], 4);
        }
    }

    [Fact]
    public void BadModelsAndOutputsAreNamed()
    {
        var e1 = Assert.Throws<ArgumentException>(() => new OnnxModel(Fixture("classifier.onnx"), outputName: "boxes"));
        Assert.Contains("no output 'boxes'", e1.Message, StringComparison.Ordinal);
        Assert.Contains("logits, probs", e1.Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => new OnnxModel(Fixture("missing.onnx")));

        using var model = new OnnxModel(Fixture("classifier.onnx"));
        using var batch = Batch(1, 3, 8, 8);
        var e2 = Assert.Throws<InvalidOperationException>(() => new TestTimeAugmentation([TestTimeView.Scaled(2)]).Classify(batch, model));
        Assert.Contains("input 'image' with shape [1, 3, 16, 16]", e2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrapsACallersSessionWithoutDisposingIt()
    {
        using var session = new InferenceSession(File.ReadAllBytes(Fixture("dense.onnx")));
        using (var model = new OnnxModel(session))
        {
            Assert.Equal("logits", model.OutputName);
        }

        using var batch = Batch(1, 3, 2, 2);
        using var input = batch.ToOrtValue();
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["image"], [input], ["logits"]);
        Assert.Equal(2 * batch.Data[0] + 1, outputs[0].GetTensorDataAsSpan<float>()[0]);
    }
}
