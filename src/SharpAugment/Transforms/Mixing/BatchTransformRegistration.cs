using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Mixing;

/// <summary>Registers the batch transforms, which act on <see cref="ImageBatch"/> (parse them with <c>registry.Parse&lt;ImageBatch&gt;</c>).</summary>
public static class BatchTransformRegistration
{
    /// <summary>Adds mixup, cutmix, timm_mixup and mosaic to <paramref name="registry"/>.</summary>
    public static TransformRegistry AddBatchTransforms(this TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        const string g = "batch";
        registry.Add<ImageBatch, MixupOptions>("mixup", g, "blend each sample with the previous one, lambda ~ Beta(alpha, alpha) (torchvision v2 MixUp)", o => new Mixup(o));
        registry.Add<ImageBatch, CutMixOptions>("cutmix", g, "paste a box of the previous sample; label weight from the clipped box (torchvision v2 CutMix)", o => new CutMix(o));
        registry.Add<ImageBatch, TimmMixupOptions>("timm_mixup", g, "timm Mixup: mixup/cutmix switch, batch/pair/elem modes, label smoothing", o => new TimmMixup(o));
        registry.Add<ImageBatch, MosaicOptions>("mosaic", g, "four samples around a random centre, boxes and masks carried (YOLO mosaic)", o => new Mosaic(o));
        return registry;
    }
}
