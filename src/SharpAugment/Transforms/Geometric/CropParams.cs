namespace SharpAugment.Transforms.Geometric;

/// <summary>A sampled crop window in pixels.</summary>
/// <param name="X">Left column.</param>
/// <param name="Y">Top row.</param>
/// <param name="Width">Window width.</param>
/// <param name="Height">Window height.</param>
public sealed record CropParams(int X, int Y, int Width, int Height);
