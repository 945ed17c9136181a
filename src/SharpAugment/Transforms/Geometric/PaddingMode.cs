using SharpAugment.Kernels;

namespace SharpAugment.Transforms.Geometric;

/// <summary>torchvision's padding modes.</summary>
public enum PaddingMode
{
    /// <summary>A constant fill.</summary>
    Constant,

    /// <summary>Repeat the edge pixel.</summary>
    Edge,

    /// <summary>Mirror without repeating the edge (dcb|abcd).</summary>
    Reflect,

    /// <summary>Mirror repeating the edge (cba|abcd).</summary>
    Symmetric,
}
