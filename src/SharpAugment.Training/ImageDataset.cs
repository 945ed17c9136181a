using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Datasets;

namespace SharpAugment.Training;

/// <summary>
/// An image data set on disk in any layout the CLI reads (flat, ImageFolder, YOLO, COCO, segmentation), indexed 0..Count-1
/// in ordinal order of the image paths. Items are read lazily: <see cref="Load"/> reads the file and its targets but keeps
/// the pixels encoded until a transform needs them, and converts them to one <see cref="ColorMode"/>.
/// </summary>
public sealed class ImageDataset
{
    private readonly IReadOnlyList<DatasetItem> _items;

    private ImageDataset(DatasetLayout layout, ColorMode color, long maxPixels)
    {
        Layout = layout;
        Color = color;
        MaxPixels = maxPixels;
        var scan = layout.Scan();
        _items = scan.Items;
        Problems = scan.Problems;
        ClassNames = layout.ClassNames.ToArray();
    }

    /// <summary>Opens the data set under <paramref name="path"/>, detecting its layout unless one is given.</summary>
    /// <param name="path">The data-set root.</param>
    /// <param name="layout">A layout already opened on <paramref name="path"/> (for example <c>DatasetLayout.Open(path, "yolo")</c>), or null to detect it.</param>
    /// <param name="color">The channels every image is converted to (RGB by default, as torchvision's ImageFolder loader).</param>
    /// <param name="maxPixels">Files over this many pixels are refused before decoding.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ArgumentException">The layout's root is another folder.</exception>
    public static ImageDataset Open(string path, DatasetLayout? layout = null, ColorMode color = ColorMode.Rgb, long maxPixels = ImageCodec.DefaultMaxPixels)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Enum.IsDefined(color))
        {
            throw new ArgumentOutOfRangeException(nameof(color), color, "ImageDataset: color must be Rgb, Gray or Rgba.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxPixels, 1);
        if (layout is not null && !string.Equals(Path.TrimEndingDirectorySeparator(layout.Root), Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), StringComparison.Ordinal))
        {
            throw new ArgumentException($"ImageDataset: the {layout.Name} layout reads '{layout.Root}', not '{path}'; open the layout on the same folder.", nameof(layout));
        }

        return new ImageDataset(layout ?? DatasetLayout.Open(path), color, maxPixels);
    }

    /// <summary>The layout reading the files (its name, root and writer).</summary>
    public DatasetLayout Layout { get; }

    /// <summary>The channels images are converted to.</summary>
    public ColorMode Color { get; }

    /// <summary>The pixel limit checked before decoding.</summary>
    public long MaxPixels { get; }

    /// <summary>The number of items.</summary>
    public int Count => _items.Count;

    /// <summary>The class names, index = label (ImageFolder's folder names in ordinal order); empty when the layout has no classes.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>The channel count every loaded image has.</summary>
    public int Channels => Color switch
    {
        ColorMode.Gray => 1,
        ColorMode.Rgba => 4,
        _ => 3,
    };

    /// <summary>Files the layout found but could not use (an image outside any class folder, an orphan label).</summary>
    public IReadOnlyList<DatasetProblem> Problems { get; }

    /// <summary>The item at <paramref name="index"/>: its relative path, class and companion files.</summary>
    public DatasetItem Item(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _items[index];
    }

    /// <summary>The absolute path of the image at <paramref name="index"/>, for messages and logs.</summary>
    public string PathOf(int index) => DatasetPaths.Full(Layout.Root, Item(index).RelativePath);

    /// <summary>Sample <paramref name="index"/> with its targets; the image stays encoded (an <see cref="IDeferredImage"/>) until a transform or the caller decodes it.</summary>
    /// <exception cref="InvalidDataException">The file or a companion file is corrupt, empty, over the pixel limit or malformed.</exception>
    public Sample Load(int index)
    {
        var sample = Layout.LoadEncoded(Item(index), MaxPixels);
        return sample.Image.Channels == Channels || sample.Image is not IDeferredImage deferred
            ? sample
            : sample with { Image = new ConvertedImage(deferred, Channels) };
    }
}
