namespace SharpAugment.Kernels;

/// <summary>How a resampling kernel reads between pixels.</summary>
public enum Interpolation
{
    /// <summary>The nearest pixel (masks always use this).</summary>
    Nearest,

    /// <summary>Linear in x and y.</summary>
    Bilinear,

    /// <summary>Cubic convolution (a = -0.75 for warps as torch's grid_sample; a = -0.5 for antialiased resize as PIL).</summary>
    Bicubic,

    /// <summary>Pixel-area averaging for downscaling (OpenCV's INTER_AREA); bilinear when enlarging.</summary>
    Area,
}
