namespace SharpAugment.Transforms.Photometric;

/// <summary>Which illuminant table <c>planckian_jitter</c> interpolates (Albumentations' mode).</summary>
public enum PlanckianJitterMode
{
    /// <summary>Black-body radiators, 3000 K to 15000 K.</summary>
    Blackbody,

    /// <summary>CIE D illuminants, 4000 K to 15000 K.</summary>
    Cied,
}
