using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Dropout;

/// <summary>Registers the erasing and dropout transforms.</summary>
internal static class DropoutRegistration
{
    internal static void Register(TransformRegistry r)
    {
        // Up to 8 holes of up to a fifth of each side; at 0 the holes are empty.
        var holes = Magnitude.Of(m => new CoarseDropoutOptions
        {
            P = 1,
            NumHolesRange = new IntRange(1, 1 + (int)Math.Round(7 * m)),
            HoleHeightRange = new FloatRange(0.05 * m, 0.2 * m),
            HoleWidthRange = new FloatRange(0.05 * m, 0.2 * m),
        });
        r.Add<Sample, RandomErasingOptions>("random_erasing", "dropout", "erase one random rectangle (torchvision RandomErasing)", o => new RandomErasing(o),
            Magnitude.Of(m => new RandomErasingOptions { P = 1, Scale = new FloatRange(0.02 * m, 0.33 * m) }));
        r.Add<Sample, EraseOptions>("erase", "dropout", "fill a fixed rectangle (torchvision erase)", o => new Erase(o),
            Magnitude.None("it fills a fixed rectangle; set x, y, width and height"));
        r.Add<Sample, CoarseDropoutOptions>("coarse_dropout", "dropout", "fill random holes; masks, keypoints and boxes follow (Albumentations CoarseDropout)", o => new CoarseDropout(o),
            holes);
        r.Add<Sample, CoarseDropoutOptions>("cutout", "dropout", "alias of coarse_dropout (CutOut)", o => new CoarseDropout(o, "cutout"),
            holes);
    }
}
