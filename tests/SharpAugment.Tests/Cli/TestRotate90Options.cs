using SharpAugment.Pipelines;

namespace SharpAugment.Tests.Cli;

/// <summary>Options of the test-only quarter turn (stands in for rotate90 until the image core has it).</summary>
public sealed record TestRotate90Options : TransformOptions;
