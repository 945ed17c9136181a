namespace SharpAugment.Pipelines;

/// <summary>Options of <c>random_order</c>: every child, in a random order.</summary>
public sealed record RandomOrderOptions : CompositeOptions;
