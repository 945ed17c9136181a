using SharpAugment.Pipelines;

namespace SharpAugment.Tests.Cli;

/// <summary>Options of the test-only elastic stand-in: every pixel reads from a random neighbour up to Shift away.</summary>
public sealed record TestElasticOptions : TransformOptions
{
    [Param("largest displacement in pixels", Min = 0, Max = 10)]
    public int Shift { get; init; } = 2;
}
