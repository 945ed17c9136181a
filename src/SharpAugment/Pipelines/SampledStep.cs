namespace SharpAugment.Pipelines;

/// <summary>One entry of a record/replay tape: which transform sampled and what it drew (null when it was skipped).</summary>
/// <param name="Transform">The registered transform name.</param>
/// <param name="Parameters">The sampled parameters record (a <see cref="RecordedParams"/> for a tape read from JSON), or null.</param>
public sealed record SampledStep(string Transform, object? Parameters);
