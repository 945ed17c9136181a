namespace SharpAugment.Pipelines;

/// <summary>The sampled parameters of a composite: which children run, in which order.</summary>
/// <param name="Indices">Child indices in application order.</param>
public sealed record CompositeChoice(int[] Indices);
