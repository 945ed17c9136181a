using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Datasets;

namespace SharpAugment.Evaluation;

/// <summary>A classification data set held in memory: one image and one class index per item, and the class names in index order.</summary>
public sealed class LabelledImages
{
    /// <summary>Wraps images, their class indices (0..classNames.Count-1) and the class names.</summary>
    public LabelledImages(IReadOnlyList<Image<byte>> images, IReadOnlyList<int> labels, IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classNames);
        if (images.Count != labels.Count)
        {
            throw new ArgumentException($"{images.Count} images but {labels.Count} labels; give one label per image.", nameof(labels));
        }

        foreach (int label in labels)
        {
            if ((uint)label >= (uint)classNames.Count)
            {
                throw new ArgumentException($"label {label} is outside 0..{classNames.Count - 1} (one per class name).", nameof(labels));
            }
        }

        Images = images;
        Labels = labels;
        ClassNames = classNames;
    }

    /// <summary>The images.</summary>
    public IReadOnlyList<Image<byte>> Images { get; }

    /// <summary>The class index of each image.</summary>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>The class names, indexed by label.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>The number of items.</summary>
    public int Count => Images.Count;

    /// <summary>Reads a torchvision ImageFolder (one subfolder per class, classes in ordinal order of their names), refusing images over <paramref name="maxPixels"/>.</summary>
    public static LabelledImages FromImageFolder(string root, long maxPixels = ImageCodec.DefaultMaxPixels)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"data set folder '{root}' does not exist.");
        }

        var layout = new ImageFolderLayout(root);
        var scan = layout.Scan();
        var images = new Image<byte>[scan.Items.Count];
        var labels = new int[scan.Items.Count];
        Parallel.For(0, images.Length, i =>
        {
            var item = scan.Items[i];
            images[i] = ImageConversions.ToBytes(layout.Load(item, maxPixels).Image);
            labels[i] = item.Label;
        });
        return new LabelledImages(images, labels, layout.ClassNames);
    }

    /// <summary>The items at <paramref name="indices"/>, in that order, with the same class names.</summary>
    public LabelledImages Subset(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        return new LabelledImages([.. indices.Select(i => Images[i])], [.. indices.Select(i => Labels[i])], ClassNames);
    }

    /// <summary>Writes the items as an ImageFolder of PNGs (<c>root/class/00042.png</c>) that <see cref="FromImageFolder"/> reads back grouped by class, each class in the written order.</summary>
    public void WriteImageFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        foreach (var name in ClassNames)
        {
            Directory.CreateDirectory(Path.Combine(root, name));
        }

        for (int i = 0; i < Count; i++)
        {
            File.WriteAllBytes(Path.Combine(root, ClassNames[Labels[i]], $"{i:D5}.png"), ImageCodec.EncodePng(Images[i]));
        }
    }

    /// <summary>How many items each class has, indexed by label.</summary>
    public int[] ClassCounts()
    {
        var counts = new int[ClassNames.Count];
        foreach (int label in Labels)
        {
            counts[label]++;
        }

        return counts;
    }
}
