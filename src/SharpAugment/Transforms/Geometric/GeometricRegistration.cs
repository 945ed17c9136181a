using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Registers the geometric transforms.</summary>
internal static class GeometricRegistration
{
    public static void Register(TransformRegistry r)
    {
        const string g = "geometric";
        r.Add<Sample, HFlipOptions>("hflip", g, "mirror left-right (keypoint labels swapped by the flip table)", o => new HFlip(o));
        r.Add<Sample, VFlipOptions>("vflip", g, "mirror top-bottom", o => new VFlip(o));
        r.Add<Sample, TransposeOptions>("transpose", g, "swap rows and columns", o => new Transpose(o));
        r.Add<Sample, Rotate90Options>("rotate90", g, "rotate by whole quarter turns, exactly", o => new Rotate90(o));
        r.Add<Sample, RotateOptions>("rotate", g, "rotate counter-clockwise about the centre (torchvision rotate)", o => new Rotate(o));
        r.Add<Sample, AffineOptions>("affine", g, "rotation, translation, scale and shear in one warp (torchvision affine)", o => new Affine(o));
        r.Add<Sample, PerspectiveOptions>("perspective", g, "random projective warp (torchvision RandomPerspective)", o => new Perspective(o));
        r.Add<Sample, ResizeOptions>("resize", g, "resize (antialiased bilinear by default, as torchvision)", o => new Resize(o));
        r.Add<Sample, CropOptions>("crop", g, "cut a fixed window", o => new Crop(o));
        r.Add<Sample, CenterCropOptions>("center_crop", g, "cut the central window (zero-padded when larger)", o => new CenterCrop(o));
        r.Add<Sample, RandomCropOptions>("random_crop", g, "cut a random window (torchvision RandomCrop)", o => new RandomCrop(o));
        r.Add<Sample, RandomResizedCropOptions>("random_resized_crop", g, "random area and aspect crop, resized (torchvision)", o => new RandomResizedCrop(o));
        r.Add<Sample, PadOptions>("pad", g, "add pixels around (torchvision pad)", o => new Pad(o));
        r.Add<Sample, PadIfNeededOptions>("pad_if_needed", g, "pad up to a minimum size or divisor (Albumentations)", o => new PadIfNeeded(o));
        r.Add<Sample, MaxSizeOptions>("longest_max_size", g, "scale so the longest side is max_size (Albumentations)", o => new MaxSizeResize(o, longest: true));
        r.Add<Sample, MaxSizeOptions>("smallest_max_size", g, "scale so the smallest side is max_size (Albumentations)", o => new MaxSizeResize(o, longest: false));
        r.Add<Sample, RandomScaleOptions>("random_scale", g, "resize by a random factor (Albumentations RandomScale)", o => new RandomScale(o));
        r.Add<Sample, ElasticOptions>("elastic", g, "elastic deformation (torchvision ElasticTransform)", o => new Elastic(o));
        r.Add<Sample, GridDistortionOptions>("grid_distortion", g, "stretch and squeeze grid cells (Albumentations)", o => new GridDistortion(o));
    }
}
