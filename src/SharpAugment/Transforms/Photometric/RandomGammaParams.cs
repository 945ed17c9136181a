namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled exponent of <c>random_gamma</c>.</summary>
/// <param name="Gamma">The power (gamma_limit / 100) applied to the normalised values.</param>
public sealed record RandomGammaParams(double Gamma);
