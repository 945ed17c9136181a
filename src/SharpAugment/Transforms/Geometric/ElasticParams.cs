namespace SharpAugment.Transforms.Geometric;

/// <summary>The sampled parameters of <c>elastic</c>; the random field is regenerated from <paramref name="FieldSeed"/>, so the record stays small.</summary>
/// <param name="Alpha">Displacement magnitude.</param>
/// <param name="Sigma">Field smoothness.</param>
/// <param name="FieldSeed">The seed of the uniform noise field.</param>
public sealed record ElasticParams(double Alpha, double Sigma, ulong FieldSeed);
