using System.Runtime.InteropServices;
using static SharpAugment.OnnxRuntime.Tests.OnnxFixtures;

namespace SharpAugment.OnnxRuntime.Tests;

/// <summary>The batch handed to ONNX Runtime without a copy.</summary>
public class TensorBatchOrtTests
{
    [Fact]
    public void OrtValueAndDenseTensorShareTheBatchBuffer()
    {
        using var batch = Batch(2, 3, 8, 8);
        using var value = batch.ToOrtValue();
        Assert.Equal(batch.Shape, value.GetTensorTypeAndShape().Shape);
        batch.Data[5] = 123f;
        Assert.Equal(123f, value.GetTensorDataAsSpan<float>()[5]);   // pinned, not copied

        var tensor = batch.AsDenseTensor();
        Assert.True(MemoryMarshal.TryGetArray<float>(tensor.Buffer, out var segment));
        Assert.Same(batch.Data, segment.Array);
        Assert.Equal([2, 3, 8, 8], tensor.Dimensions.ToArray());
    }
}
