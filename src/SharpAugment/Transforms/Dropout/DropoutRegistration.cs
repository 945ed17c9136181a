using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Dropout;

/// <summary>Registers the erasing and dropout transforms.</summary>
internal static class DropoutRegistration
{
    internal static void Register(TransformRegistry r)
    {
        r.Add<Sample, RandomErasingOptions>("random_erasing", "dropout", "erase one random rectangle (torchvision RandomErasing)", o => new RandomErasing(o));
        r.Add<Sample, EraseOptions>("erase", "dropout", "fill a fixed rectangle (torchvision erase)", o => new Erase(o));
        r.Add<Sample, CoarseDropoutOptions>("coarse_dropout", "dropout", "fill random holes; masks, keypoints and boxes follow (Albumentations CoarseDropout)", o => new CoarseDropout(o));
        r.Add<Sample, CoarseDropoutOptions>("cutout", "dropout", "alias of coarse_dropout (CutOut)", o => new CoarseDropout(o, "cutout"));
    }
}
