using SharpAugment.IO;

namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>Segmentation pairs: <c>images/**/x.jpg</c> with <c>masks/**/x.png</c>, a single-channel image of class ids the size of the image.</summary>
/// <remarks>Masks are always written as PNG, whatever the image format, so class ids survive exactly. A colour mask whose
/// channels are equal is read as gray; any other colour mask (a palette rendered to RGB) is refused.</remarks>
public sealed class SegmentationLayout(string root) : DatasetLayout(root)
{
    /// <inheritdoc/>
    public override string Name => "segmentation";

    /// <inheritdoc/>
    public override DatasetScan Scan()
    {
        var masks = DatasetPaths.Images(Root, Path.Combine(Root, "masks"));
        var byStem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in masks)
        {
            // Prefer the PNG when a stem has several mask files.
            string key = Path.ChangeExtension(m, null);
            if (!byStem.TryGetValue(key, out var existing) || (!existing.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && m.EndsWith(".png", StringComparison.OrdinalIgnoreCase)))
            {
                byStem[key] = m;
            }
        }

        var items = new List<DatasetItem>();
        var problems = new List<DatasetProblem>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in DatasetPaths.Images(Root, Path.Combine(Root, "images")))
        {
            string key = Path.ChangeExtension(DatasetPaths.Sibling(image, "images", "masks", ".png"), null);
            if (byStem.TryGetValue(key, out var mask))
            {
                items.Add(new DatasetItem(image, -1, [mask]));
                used.Add(mask);
            }
            else
            {
                problems.Add(new DatasetProblem(image, $"no mask {key}.png under masks/: skipped"));
            }
        }

        foreach (var m in masks.Where(m => !used.Contains(m)))
        {
            problems.Add(new DatasetProblem(m, "mask without a matching image under images/: skipped"));
        }

        return new DatasetScan(items, problems);
    }

    /// <inheritdoc/>
    protected override Sample WithTargets(DatasetItem item, IImage image, long maxPixels)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(image);
        string maskPath = item.Companions[0];
        var mask = ToClassIds(ImageCodec.Load(DatasetPaths.Full(Root, maskPath), maxPixels), maskPath);
        if (mask.Width != image.Width || mask.Height != image.Height)
        {
            throw new InvalidDataException($"{maskPath}: mask is {mask.Width}x{mask.Height} but the image is {image.Width}x{image.Height}.");
        }

        return new Sample(image) { Masks = [mask] };
    }

    /// <summary>A decoded mask as one channel of class ids: gray as is, equal-channel colour reduced to one channel, anything else refused.</summary>
    public static Image<byte> ToClassIds(Image<byte> decoded, string file)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        if (decoded.Channels == 1)
        {
            return decoded;
        }

        var ids = new Image<byte>(decoded.Width, decoded.Height, 1);
        var src = decoded.Pixels;
        int ch = decoded.Channels;
        for (int i = 0; i < ids.Pixels.Length; i++)
        {
            byte r = src[i * ch];
            if (src[i * ch + 1] != r || src[i * ch + 2] != r)
            {
                throw new InvalidDataException($"{file}: colour mask (pixel {i % decoded.Width},{i / decoded.Width} is not gray); masks must be single-channel class ids, e.g. 8-bit gray PNG.");
            }

            ids.Pixels[i] = r;
        }

        return ids;
    }

    /// <inheritdoc/>
    public override DatasetOutput Write(string destRoot, DatasetItem item, string suffix, Sample sample, ImageOutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Masks.Count != 1)
        {
            throw new InvalidDataException($"{item.RelativePath}: the pipeline returned {sample.Masks.Count} masks; one was expected.");
        }

        string image = OutputImage(item, suffix, output);
        string mask = DatasetPaths.Sibling(image, "images", "masks", ".png");
        WriteImage(destRoot, image, sample, output);
        AtomicFile.WriteAllBytes(DatasetPaths.Full(destRoot, mask), ImageCodec.EncodePng(sample.Masks[0], output.PngLevel));
        return new DatasetOutput(image, [image, mask]);
    }
}
