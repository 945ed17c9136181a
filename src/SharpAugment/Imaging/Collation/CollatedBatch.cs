namespace SharpAugment.Imaging.Collation;

/// <summary>A batch as plain tensors: NCHW float pixels and an N x classes label matrix, with their shapes, ready for <c>torch.tensor(Data, Shape)</c> or an ONNX Runtime <c>DenseTensor</c>.</summary>
/// <param name="Data">Pixels, row-major N, C, H, W.</param>
/// <param name="Shape">The pixel shape [N, C, H, W] as long, the type TorchSharp and ONNX Runtime take.</param>
/// <param name="Labels">Soft labels, row-major N x classes.</param>
/// <param name="LabelShape">The label shape [N, classes].</param>
public sealed record CollatedBatch(float[] Data, long[] Shape, float[] Labels, long[] LabelShape);
