namespace SharpAugment.Transforms.Geometric;

/// <summary>The sampled corner destinations of <c>perspective</c>: where the top-left, top-right, bottom-right and bottom-left pixels go.</summary>
/// <param name="EndPoints">Eight numbers: x, y of each corner in that order.</param>
public sealed record PerspectiveParams(int[] EndPoints);
