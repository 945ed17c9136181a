namespace SharpAugment.Transforms.Geometric;

/// <summary>The sampled cell size factors of <c>grid_distortion</c>.</summary>
/// <param name="XSteps">num_steps + 1 horizontal factors.</param>
/// <param name="YSteps">num_steps + 1 vertical factors.</param>
public sealed record GridDistortionParams(double[] XSteps, double[] YSteps);
