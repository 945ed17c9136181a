namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled limit of <c>clahe</c>.</summary>
/// <param name="ClipLimit">Histogram clip limit relative to a flat histogram.</param>
public sealed record ClaheParams(double ClipLimit);
