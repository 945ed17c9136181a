namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled factor of <c>contrast</c>.</summary>
/// <param name="Factor">Blend weight against the mean gray; 1 keeps the image.</param>
public sealed record ContrastParams(double Factor);
