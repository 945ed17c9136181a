using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Transforms.Mixing;

/// <summary>Mixes whole samples (image and targets) for the batch transforms; labels are handled by the batch.</summary>
internal static class SampleMixing
{
    /// <summary>Mixup of samples: pixels blended; masks of the heavier sample (class ids cannot be blended); boxes and keypoints of both, as YOLO's mixup concatenates them.</summary>
    public static Sample Blend(Sample a, Sample b, double lambda)
    {
        CheckMasks(a, b);
        var dominant = lambda >= 0.5 ? a : b;
        return a with
        {
            Image = BlendImages(a.Image, b.Image, lambda),
            Masks = dominant.Masks,
            Boxes = Concat(a.Boxes, b.Boxes),
            Keypoints = Concat(a.Keypoints, b.Keypoints),
        };
    }

    /// <summary>CutMix of samples: pixels and mask class ids inside the box come from b; b's boxes clipped to the box join a's; keypoints come from whichever sample shows at their position.</summary>
    public static Sample Paste(Sample a, Sample b, MixBox box)
    {
        CheckMasks(a, b);
        if (box.Area == 0)
        {
            return a;
        }

        var masks = new Image<byte>[a.Masks.Count];
        for (int m = 0; m < masks.Length; m++)
        {
            masks[m] = (Image<byte>)PasteImage(a.Masks[m], b.Masks[m], box);
        }

        var boxes = new List<BoundingBox>(a.Boxes.Count + b.Boxes.Count);
        boxes.AddRange(a.Boxes);
        foreach (var bb in b.Boxes)
        {
            AddClipped(boxes, bb, box, 0, 0, a.Rules);
        }

        var points = new List<Keypoint>(a.Keypoints.Count + b.Keypoints.Count);
        foreach (var k in a.Keypoints)
        {
            if (!box.Contains(k.X, k.Y))
            {
                points.Add(k);
            }
        }

        foreach (var k in b.Keypoints)
        {
            if (box.Contains(k.X, k.Y))
            {
                points.Add(k);
            }
        }

        return a with { Image = PasteImage(a.Image, b.Image, box), Masks = masks, Boxes = boxes, Keypoints = points };
    }

    /// <summary>Shifts a box by (dx, dy), clips it to <paramref name="region"/> and keeps it when it passes the rules.</summary>
    public static void AddClipped(List<BoundingBox> result, BoundingBox box, MixBox region, float dx, float dy, TargetRules rules) =>
        TargetGeometry.AddFiltered(result, new BoundingBox(box.XMin + dx, box.YMin + dy, box.XMax + dx, box.YMax + dy, box.Label),
            region.XMin, region.YMin, region.XMax, region.YMax, rules);

    public static IImage BlendImages(IImage a, IImage b, double lambda) => (a, b) switch
    {
        (Image<byte> x, Image<byte> y) => BlendBytes(x, y, lambda),
        (Image<float> x, Image<float> y) => BlendFloats(x, y, (float)lambda),
        _ => throw new ArgumentException($"mixup: images must have one pixel type; got {a.Depth} and {b.Depth}."),
    };

    public static IImage PasteImage(IImage a, IImage b, MixBox box) => (a, b) switch
    {
        (Image<byte> x, Image<byte> y) => Paste(x, y, box),
        (Image<float> x, Image<float> y) => Paste(x, y, box),
        _ => throw new ArgumentException($"cutmix: images must have one pixel type; got {a.Depth} and {b.Depth}."),
    };

    private static Image<byte> BlendBytes(Image<byte> a, Image<byte> b, double lambda)
    {
        var dst = new Image<byte>(a.Width, a.Height, a.Channels);
        Kernels.Blend.BytesRounded(a.Pixels, b.Pixels, dst.Pixels, lambda);
        return dst;
    }

    private static Image<float> BlendFloats(Image<float> a, Image<float> b, float lambda)
    {
        var dst = new Image<float>(a.Width, a.Height, a.Channels);
        MixKernels.Blend(a.Pixels, b.Pixels, lambda, dst.Pixels);
        return dst;
    }

    private static Image<T> Paste<T>(Image<T> a, Image<T> b, MixBox box)
        where T : unmanaged
    {
        var dst = a.Clone();
        MixKernels.CopyBlock<T>(b.Pixels, b.Width, box.XMin, box.YMin, dst.Pixels, dst.Width, box.XMin, box.YMin, box.Width, box.Height, a.Channels);
        return dst;
    }

    private static T[] Concat<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        var r = new T[a.Count + b.Count];
        for (int i = 0; i < a.Count; i++)
        {
            r[i] = a[i];
        }

        for (int i = 0; i < b.Count; i++)
        {
            r[a.Count + i] = b[i];
        }

        return r;
    }

    private static void CheckMasks(Sample a, Sample b)
    {
        if (a.Masks.Count != b.Masks.Count)
        {
            throw new ArgumentException($"mixing: samples carry {a.Masks.Count} and {b.Masks.Count} masks; every sample of a batch needs the same number.");
        }
    }
}
