namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled weights of <c>fancy_pca</c>.</summary>
/// <param name="Alphas">One weight per channel (per principal component), drawn from N(0, alpha) as float32.</param>
public sealed record FancyPcaParams(double[] Alphas);
