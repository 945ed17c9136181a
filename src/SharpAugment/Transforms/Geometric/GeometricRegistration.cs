using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Registers the geometric transforms.</summary>
internal static class GeometricRegistration
{
    public static void Register(TransformRegistry r)
    {
        const string g = "geometric";
        r.Add<Sample, HFlipOptions>("hflip", g, "mirror left-right (keypoint labels swapped by the flip table)", o => new HFlip(o),
            Magnitude.None("a flip is all or nothing"));
        r.Add<Sample, VFlipOptions>("vflip", g, "mirror top-bottom", o => new VFlip(o),
            Magnitude.None("a flip is all or nothing"));
        r.Add<Sample, TransposeOptions>("transpose", g, "swap rows and columns", o => new Transpose(o),
            Magnitude.None("a transpose is all or nothing"));
        r.Add<Sample, Rotate90Options>("rotate90", g, "rotate by whole quarter turns, exactly", o => new Rotate90(o),
            Magnitude.None("it turns by whole quarter turns; set k"));
        r.Add<Sample, RotateOptions>("rotate", g, "rotate counter-clockwise about the centre (torchvision rotate)", o => new Rotate(o),
            Magnitude.Of(m => new RotateOptions { Angle = Magnitude.Around(0, 30 * m) }));
        r.Add<Sample, AffineOptions>("affine", g, "rotation, translation, scale and shear in one warp (torchvision affine)", o => new Affine(o),
            Magnitude.Of(m => new AffineOptions { Angle = Magnitude.Around(0, 30 * m), Scale = Magnitude.Around(1, 0.3 * m), Shear = [Magnitude.Around(0, 15 * m), 0] }));
        r.Add<Sample, PerspectiveOptions>("perspective", g, "random projective warp (torchvision RandomPerspective)", o => new Perspective(o),
            Magnitude.Of(m => new PerspectiveOptions { DistortionScale = 0.6 * m }));
        r.Add<Sample, ResizeOptions>("resize", g, "resize (antialiased bilinear by default, as torchvision)", o => new Resize(o),
            Magnitude.None("it sets the output size; set width and height"));
        r.Add<Sample, CropOptions>("crop", g, "cut a fixed window", o => new Crop(o),
            Magnitude.None("it cuts a fixed window; set x, y, width and height"));
        r.Add<Sample, CenterCropOptions>("center_crop", g, "cut the central window (zero-padded when larger)", o => new CenterCrop(o),
            Magnitude.None("it sets the output size; set width and height"));
        r.Add<Sample, RandomCropOptions>("random_crop", g, "cut a random window (torchvision RandomCrop)", o => new RandomCrop(o),
            Magnitude.None("it sets the output size; set width and height"));
        r.Add<Sample, RandomResizedCropOptions>("random_resized_crop", g, "random area and aspect crop, resized (torchvision)", o => new RandomResizedCrop(o),
            Magnitude.None("it sets the output size; set width, height and scale"));
        r.Add<Sample, PadOptions>("pad", g, "add pixels around (torchvision pad)", o => new Pad(o),
            Magnitude.None("it adds a fixed border; set padding"));
        r.Add<Sample, PadIfNeededOptions>("pad_if_needed", g, "pad up to a minimum size or divisor (Albumentations)", o => new PadIfNeeded(o),
            Magnitude.None("it pads to a size; set min_height and min_width"));
        r.Add<Sample, MaxSizeOptions>("longest_max_size", g, "scale so the longest side is max_size (Albumentations)", o => new MaxSizeResize(o, longest: true),
            Magnitude.None("it sets the output size; set max_size"));
        r.Add<Sample, MaxSizeOptions>("smallest_max_size", g, "scale so the smallest side is max_size (Albumentations)", o => new MaxSizeResize(o, longest: false),
            Magnitude.None("it sets the output size; set max_size"));
        r.Add<Sample, RandomScaleOptions>("random_scale", g, "resize by a random factor (Albumentations RandomScale)", o => new RandomScale(o),
            Magnitude.Of(m => new RandomScaleOptions { ScaleLimit = Magnitude.Around(0, 0.5 * m) }));
        r.Add<Sample, ElasticOptions>("elastic", g, "elastic deformation (torchvision ElasticTransform)", o => new Elastic(o),
            Magnitude.Of(m => new ElasticOptions { Alpha = 100 * m }));
        r.Add<Sample, GridDistortionOptions>("grid_distortion", g, "stretch and squeeze grid cells (Albumentations)", o => new GridDistortion(o),
            // The remap is not exact at distort_limit 0 (bilinear weights off by rounding), so magnitude 0 switches it off.
            Magnitude.Of(m => new GridDistortionOptions { P = Magnitude.OffAtZero(m), DistortLimit = Magnitude.Around(0, 0.5 * m) }));
    }
}
