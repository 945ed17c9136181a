namespace SharpAugment.Transforms.Quality;

/// <summary>The sampled parameters of <c>ringing_overshoot</c>.</summary>
/// <param name="KernelSize">The odd kernel size.</param>
/// <param name="Cutoff">The cutoff frequency in radians per pixel.</param>
public sealed record RingingOvershootParams(int KernelSize, double Cutoff);
