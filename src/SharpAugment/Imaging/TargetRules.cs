namespace SharpAugment.Imaging;

/// <summary>What happens to boxes and keypoints that geometry moves partly or wholly out of the image (Albumentations' BboxParams and KeypointParams).</summary>
public sealed record TargetRules
{
    /// <summary>The defaults: drop boxes with no area left, drop keypoints outside the image.</summary>
    public static TargetRules Default { get; } = new();

    /// <summary>Boxes whose clipped area in pixels is below this are dropped with their labels.</summary>
    public double MinArea { get; init; }

    /// <summary>Boxes keeping less than this fraction of their area after clipping are dropped.</summary>
    public double MinVisibility { get; init; }

    /// <summary>Whether keypoints that leave the image are dropped (true) or kept with coordinates outside.</summary>
    public bool RemoveInvisibleKeypoints { get; init; } = true;
}
