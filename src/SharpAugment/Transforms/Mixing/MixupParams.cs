namespace SharpAugment.Transforms.Mixing;

/// <summary>What <c>mixup</c> drew: the weight of each sample against its partner (sample i - 1).</summary>
/// <param name="Lambda">The weight of the sample itself.</param>
public sealed record MixupParams(double Lambda);
