using System.Globalization;

namespace SharpAugment.Pipelines;

/// <summary>A parameter that would make an output image over the pixel limit; raised before anything is allocated, and a <see cref="TransformParameterException"/> so callers that report bad parameters report this one too.</summary>
public sealed class OutputSizeException : TransformParameterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="transform">The registered transform name.</param>
    /// <param name="parameter">The parameter that set the size.</param>
    /// <param name="width">The output width it would give.</param>
    /// <param name="height">The output height it would give.</param>
    /// <param name="maxPixels">The limit in force.</param>
    public OutputSizeException(string transform, string parameter, double width, double height, long maxPixels)
        : base(transform, parameter, Size(width, height), string.Create(CultureInfo.InvariantCulture, $"an output of at most {maxPixels} pixels (the pixel limit, --max-pixels)"))
    {
        Width = width;
        Height = height;
        MaxPixels = maxPixels;
    }

    /// <summary>The output width the parameters would give.</summary>
    public double Width { get; }

    /// <summary>The output height the parameters would give.</summary>
    public double Height { get; }

    /// <summary>The pixel limit that was exceeded.</summary>
    public long MaxPixels { get; }

    private static string Size(double width, double height) =>
        string.Create(CultureInfo.InvariantCulture, $"an output of {width:0}x{height:0} ({width * height:0.###e+0} pixels)");
}
