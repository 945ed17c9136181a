namespace SharpAugment.Transforms.Geometric;

/// <summary>A sampled output size.</summary>
/// <param name="Width">Output width.</param>
/// <param name="Height">Output height.</param>
public sealed record SizeParams(int Width, int Height);
