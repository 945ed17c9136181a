namespace SharpAugment.Tests.Cli;

/// <summary>The seed of the displacement field.</summary>
public sealed record TestElasticParams(ulong FieldSeed);
