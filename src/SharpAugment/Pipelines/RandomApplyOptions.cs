namespace SharpAugment.Pipelines;

/// <summary>Options of <c>random_apply</c>: all children together with probability p (torchvision's RandomApply, p = 0.5 by default).</summary>
public sealed record RandomApplyOptions : CompositeOptions
{
    /// <summary>Sets torchvision's default probability.</summary>
    public RandomApplyOptions()
    {
        P = 0.5;
    }
}
