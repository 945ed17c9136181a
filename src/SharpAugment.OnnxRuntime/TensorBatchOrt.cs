using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SharpAugment.Training;

namespace SharpAugment.OnnxRuntime;

/// <summary>A <see cref="TensorBatch"/> as ONNX Runtime's tensor types over the batch's own float buffer: nothing is copied, so keep the batch undisposed while the value is in use.</summary>
public static class TensorBatchOrt
{
    /// <summary>An OrtValue that pins <see cref="TensorBatch.Data"/> (shape [N, C, H, W]); dispose it before disposing the batch.</summary>
    public static OrtValue ToOrtValue(this TensorBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return OrtValue.CreateTensorValueFromMemory(batch.Data, batch.Shape);
    }

    /// <summary>A DenseTensor whose memory is <see cref="TensorBatch.Data"/>, for APIs that take NamedOnnxValue.</summary>
    public static DenseTensor<float> AsDenseTensor(this TensorBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        int[] dims = batch.Shape.Select(d => checked((int)d)).ToArray();
        return new DenseTensor<float>(batch.Data.AsMemory(), dims);
    }
}
