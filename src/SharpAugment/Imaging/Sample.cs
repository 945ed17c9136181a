namespace SharpAugment.Imaging;

/// <summary>One training example: an image and the targets that move with it (masks, boxes, keypoints) and its label. Immutable: transforms return a new sample.</summary>
public sealed record Sample
{
    /// <summary>A sample with only an image.</summary>
    public Sample(IImage image)
    {
        Image = image ?? throw new ArgumentNullException(nameof(image));
    }

    /// <summary>The image (<see cref="Image{T}"/> of byte or float).</summary>
    public IImage Image { get; init; }

    /// <summary>Segmentation masks, one channel of byte class ids, each the size of the image.</summary>
    public IReadOnlyList<Image<byte>> Masks { get; init; } = [];

    /// <summary>Bounding boxes in absolute corner format, each carrying its label.</summary>
    public IReadOnlyList<BoundingBox> Boxes { get; init; } = [];

    /// <summary>Keypoints.</summary>
    public IReadOnlyList<Keypoint> Keypoints { get; init; } = [];

    /// <summary>For flips: element i is the label keypoints of label i take when mirrored (left eye to right eye); empty keeps labels.</summary>
    public IReadOnlyList<int> KeypointFlipSwap { get; init; } = [];

    /// <summary>The class id, or -1 when the sample has none.</summary>
    public int Label { get; init; } = -1;

    /// <summary>A soft label (class probabilities), as Mixup and CutMix produce; null for a hard label.</summary>
    public IReadOnlyList<float>? SoftLabel { get; init; }

    /// <summary>Rules for boxes and keypoints that leave the image.</summary>
    public TargetRules Rules { get; init; } = TargetRules.Default;

    /// <summary>Image width.</summary>
    public int Width => Image.Width;

    /// <summary>Image height.</summary>
    public int Height => Image.Height;

    /// <summary>Checks that masks match the image and boxes are well formed, naming the offending target.</summary>
    public void Validate()
    {
        for (int i = 0; i < Masks.Count; i++)
        {
            var m = Masks[i];
            if (m.Width != Width || m.Height != Height || m.Channels != 1)
            {
                throw new ArgumentException($"Sample: mask {i} is {m.Width}x{m.Height}x{m.Channels}; it must be {Width}x{Height}x1 like the image.");
            }
        }

        foreach (var b in Boxes)
        {
            BoxConverter.Check(b);
        }
    }
}
