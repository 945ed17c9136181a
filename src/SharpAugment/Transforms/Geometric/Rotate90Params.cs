namespace SharpAugment.Transforms.Geometric;

/// <summary>The sampled quarter turns of <c>rotate90</c>.</summary>
/// <param name="K">Quarter turns counter-clockwise.</param>
public sealed record Rotate90Params(int K);
