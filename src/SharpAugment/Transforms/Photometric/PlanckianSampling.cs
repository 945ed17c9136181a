namespace SharpAugment.Transforms.Photometric;

/// <summary>How <c>planckian_jitter</c> draws its temperature (Albumentations' sampling_method).</summary>
public enum PlanckianSampling
{
    /// <summary>Uniform below 6000 K with probability 0.4, else uniform above.</summary>
    Uniform,

    /// <summary>6000 K minus or plus a half-normal with a third of the side's span as sigma.</summary>
    Gaussian,
}
