namespace SharpAugment.Imaging;

/// <summary>Converts boxes between the external formats and the internal absolute corners, checking them on the way in.</summary>
public static class BoxConverter
{
    /// <summary>Reads four numbers in <paramref name="format"/> as an internal box; a box with min greater than max is rejected.</summary>
    public static BoundingBox From(BoxFormat format, double a, double b, double c, double d, int width, int height, int label = 0)
    {
        BoundingBox box = format switch
        {
            BoxFormat.PascalVoc => new((float)a, (float)b, (float)c, (float)d, label),
            BoxFormat.Coco => new((float)a, (float)b, (float)(a + c), (float)(b + d), label),
            BoxFormat.Yolo => new((float)((a - c / 2) * width), (float)((b - d / 2) * height), (float)((a + c / 2) * width), (float)((b + d / 2) * height), label),
            BoxFormat.Normalized => new((float)(a * width), (float)(b * height), (float)(c * width), (float)(d * height), label),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        Check(box);
        return box;
    }

    /// <summary>Writes an internal box in <paramref name="format"/> as four numbers.</summary>
    public static (double A, double B, double C, double D) To(BoxFormat format, BoundingBox box, int width, int height) => format switch
    {
        BoxFormat.PascalVoc => (box.XMin, box.YMin, box.XMax, box.YMax),
        BoxFormat.Coco => (box.XMin, box.YMin, box.XMax - box.XMin, box.YMax - box.YMin),
        BoxFormat.Yolo => ((box.XMin + box.XMax) / 2.0 / width, (box.YMin + box.YMax) / 2.0 / height,
            (box.XMax - box.XMin) / (double)width, (box.YMax - box.YMin) / (double)height),
        BoxFormat.Normalized => (box.XMin / (double)width, box.YMin / (double)height, box.XMax / (double)width, box.YMax / (double)height),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Rejects non-finite boxes and boxes whose minimum exceeds their maximum.</summary>
    public static void Check(BoundingBox box)
    {
        if (!float.IsFinite(box.XMin) || !float.IsFinite(box.YMin) || !float.IsFinite(box.XMax) || !float.IsFinite(box.YMax))
        {
            throw new ArgumentException($"bounding box {box} has a non-finite coordinate.", nameof(box));
        }

        if (box.XMin > box.XMax || box.YMin > box.YMax)
        {
            throw new ArgumentException($"bounding box {box}: x_min must be <= x_max and y_min <= y_max.", nameof(box));
        }
    }
}
