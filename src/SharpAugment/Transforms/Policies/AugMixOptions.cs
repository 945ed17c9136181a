using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>Options of <c>augmix</c> (torchvision's AugMix; bilinear by default as its code, not its docstring, says).</summary>
public sealed record AugMixOptions : PolicyOptions
{
    /// <summary>Sets torchvision's bilinear default.</summary>
    public AugMixOptions()
    {
        Interpolation = Interpolation.Bilinear;
    }

    /// <summary>Only the first <c>severity</c> magnitude bins are used.</summary>
    [Param("only bins below this are used", Min = 1, Max = 10)]
    public int Severity { get; init; } = 3;

    /// <summary>Augmentation chains mixed together; at most 16, so one call costs a bounded number of ops (torchvision sets no bound; its default is 3).</summary>
    [Param("augmentation chains mixed together", Min = 1, Max = 16)]
    public int MixtureWidth { get; init; } = 3;

    /// <summary>Ops per chain; -1 draws 1 to 3 per chain; at most 16, as the width.</summary>
    [Param("ops per chain (-1: 1 to 3 at random)", Min = -1, Max = 16)]
    public int ChainDepth { get; init; } = -1;

    /// <summary>The Dirichlet and Beta concentration.</summary>
    [Param("Dirichlet/Beta concentration", Min = 0, MinExclusive = true)]
    public double Alpha { get; init; } = 1.0;

    /// <summary>Whether the four enhance ops (brightness, color, contrast, sharpness) are in the pool.</summary>
    [Param("include brightness, color, contrast and sharpness")]
    public bool AllOps { get; init; } = true;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        base.Validate(transform);
        if (ChainDepth == 0)
        {
            throw new TransformParameterException(transform, "chain_depth", "0", "-1 (random 1 to 3) or 1 to 16");
        }
    }
}
