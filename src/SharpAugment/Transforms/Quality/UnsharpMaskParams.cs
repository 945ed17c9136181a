namespace SharpAugment.Transforms.Quality;

/// <summary>The sampled parameters of <c>unsharp_mask</c>.</summary>
/// <param name="KernelSize">The odd Gaussian kernel size.</param>
/// <param name="Sigma">The Gaussian sigma (0 = OpenCV's default for the size).</param>
/// <param name="Alpha">The visibility of the sharpened image.</param>
public sealed record UnsharpMaskParams(int KernelSize, double Sigma, double Alpha);
