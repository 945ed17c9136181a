using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>gaussian_blur</c> (torchvision GaussianBlur).</summary>
public sealed record GaussianBlurOptions : TransformOptions
{
    /// <summary>Kernel width, or [width, height]; odd and positive.</summary>
    [Param("kernel size: one odd number, or [kx, ky]", Min = 1)]
    public int[] KernelSize { get; init; } = [3];

    /// <summary>Standard deviation, drawn per call and used on both axes.</summary>
    [Param("Gaussian sigma in pixels (same on both axes), constant or range", Min = 0, MinExclusive = true)]
    public FloatRange Sigma { get; init; } = new(0.1, 2.0);

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        string written = "[" + string.Join(", ", KernelSize ?? []) + "]";
        if (KernelSize is null || KernelSize.Length is < 1 or > 2)
        {
            throw new TransformParameterException(transform, "kernel_size", written, "one odd size or [kx, ky]");
        }

        foreach (int k in KernelSize)
        {
            if (k < 1 || k % 2 == 0)
            {
                throw new TransformParameterException(transform, "kernel_size", written, "odd positive sizes");
            }
        }
    }
}
