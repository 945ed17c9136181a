namespace SharpAugment.Training;

/// <summary>A model's output tensor: row-major data and its shape (for a dense output [N, C, H, W]).</summary>
/// <param name="Data">The values, row-major.</param>
/// <param name="Shape">The sizes of each axis; their product is the length of <paramref name="Data"/>.</param>
public sealed record TensorOutput(float[] Data, long[] Shape);
