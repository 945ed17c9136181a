using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Padding helpers shared by pad, random_crop and pad_if_needed.</summary>
internal static class Padding
{
    public static BorderMode ToBorder(PaddingMode mode) => mode switch
    {
        PaddingMode.Edge => BorderMode.Replicate,
        PaddingMode.Reflect => BorderMode.Reflect,
        PaddingMode.Symmetric => BorderMode.Symmetric,
        _ => BorderMode.Constant,
    };

    /// <summary>torchvision's padding list: one value for all sides, two for (left/right, top/bottom), four for (left, top, right, bottom).</summary>
    public static (int Left, int Top, int Right, int Bottom) Sides(int[] padding) => padding.Length switch
    {
        0 => (0, 0, 0, 0),
        1 => (padding[0], padding[0], padding[0], padding[0]),
        2 => (padding[0], padding[1], padding[0], padding[1]),
        _ => (padding[0], padding[1], padding[2], padding[3]),
    };

    public static void Check(string transform, int[] padding)
    {
        if (padding.Length is not (0 or 1 or 2 or 4))
        {
            throw new TransformParameterException(transform, "padding", $"{padding.Length} values", "1, 2 or 4 values (left, top, right, bottom)");
        }
    }
}
