namespace SharpAugment.Pipelines;

/// <summary>Options of <c>compose</c> (also written <c>a | b | c</c>).</summary>
public sealed record ComposeOptions : CompositeOptions;
