using SharpAugment.Geometry;
using SharpAugment.Imaging;

namespace SharpAugment.Training;

/// <summary>
/// One test-time view of an input: an optional crop, a resize by <see cref="Scale"/>, then an optional exact pixel map
/// (flip, transpose, quarter turn). Its <see cref="Forward"/> matrix is what boxes go back through, so views and targets
/// share the library's geometry.
/// </summary>
public sealed record TestTimeView
{
    /// <summary>The window of the input the view sees, or null for the whole input.</summary>
    public PixelWindow? Crop { get; init; }

    /// <summary>The view's size over the window's: the view is floor(side x Scale) pixels (as F.interpolate's scale_factor).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>The exact rearrangement applied last, or null.</summary>
    public PixelMap? Map { get; init; }

    /// <summary>The input as it is.</summary>
    public static TestTimeView Identity { get; } = new();

    /// <summary>The left-right mirror.</summary>
    public static TestTimeView HorizontalFlip { get; } = new() { Map = PixelMap.HorizontalFlip };

    /// <summary>The top-bottom mirror.</summary>
    public static TestTimeView VerticalFlip { get; } = new() { Map = PixelMap.VerticalFlip };

    /// <summary>The whole input resized by a factor.</summary>
    public static TestTimeView Scaled(double scale) => new() { Scale = scale };

    /// <summary>A window of the input, unscaled.</summary>
    public static TestTimeView Cropped(int x, int y, int width, int height) => new() { Crop = new PixelWindow(x, y, width, height) };

    /// <summary>torchvision's five_crop windows of a width x height input: top-left, top-right, bottom-left, bottom-right, centre.</summary>
    public static IReadOnlyList<TestTimeView> FiveCrop(int width, int height, int cropWidth, int cropHeight)
    {
        if (cropWidth < 1 || cropHeight < 1 || cropWidth > width || cropHeight > height)
        {
            throw new ArgumentOutOfRangeException(nameof(cropWidth), $"TestTimeView.FiveCrop: the crop {cropWidth}x{cropHeight} must be at least 1x1 and fit the {width}x{height} input.");
        }

        // torchvision's center_crop: int(round((size - crop) / 2.0)), Python's round half to even.
        int cx = (int)Math.Round((width - cropWidth) / 2.0, MidpointRounding.ToEven);
        int cy = (int)Math.Round((height - cropHeight) / 2.0, MidpointRounding.ToEven);
        return
        [
            Cropped(0, 0, cropWidth, cropHeight),
            Cropped(width - cropWidth, 0, cropWidth, cropHeight),
            Cropped(0, height - cropHeight, cropWidth, cropHeight),
            Cropped(width - cropWidth, height - cropHeight, cropWidth, cropHeight),
            Cropped(cx, cy, cropWidth, cropHeight),
        ];
    }

    /// <summary>The window this view reads from a width x height input (the whole input when <see cref="Crop"/> is null).</summary>
    public PixelWindow Window(int width, int height)
    {
        var w = Crop ?? new PixelWindow(0, 0, width, height);
        if (w.Width < 1 || w.Height < 1 || w.X < 0 || w.Y < 0 || w.X + w.Width > width || w.Y + w.Height > height)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"TestTimeView {this}: crop ({w.X}, {w.Y}, {w.Width}, {w.Height}) must lie inside the {width}x{height} input.");
        }

        return w;
    }

    /// <summary>The size of the scaled window, before the pixel map.</summary>
    public (int Width, int Height) ScaledSize(int width, int height)
    {
        if (!(Scale > 0) || !double.IsFinite(Scale))
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"TestTimeView {this}: scale {Scale} must be a positive finite number.");
        }

        var w = Window(width, height);
        return (Math.Max(1, (int)Math.Floor(w.Width * Scale)), Math.Max(1, (int)Math.Floor(w.Height * Scale)));
    }

    /// <summary>The view's size for a width x height input (axes swapped by a transpose or quarter turn).</summary>
    public (int Width, int Height) Size(int width, int height)
    {
        var (w, h) = ScaledSize(width, height);
        return Map is { } m && PixelMaps.SwapsAxes(m) ? (h, w) : (w, h);
    }

    /// <summary>Maps input pixel coordinates to view ones: crop, then scale, then the pixel map.</summary>
    public Matrix3 Forward(int width, int height)
    {
        var window = Window(width, height);
        var (sw, sh) = ScaledSize(width, height);
        var forward = Matrix3.Scaling((double)sw / window.Width, (double)sh / window.Height) * Matrix3.Translation(-window.X, -window.Y);
        return Map is { } m ? PixelMaps.Forward(m, sw, sh) * forward : forward;
    }

    /// <summary>Boxes found on the view (view pixels) moved back onto the width x height input through the inverse of <see cref="Forward"/>; boxes left with no area are dropped.</summary>
    public IReadOnlyList<BoundingBox> BoxesToInput(IReadOnlyList<BoundingBox> boxes, int width, int height) =>
        TargetGeometry.Boxes(boxes, Forward(width, height).Invert(), width, height, TargetRules.Default);

    /// <summary>The rearrangement that undoes <see cref="Map"/>.</summary>
    internal PixelMap? InverseMap => Map switch
    {
        PixelMap.Rotate90 => PixelMap.Rotate270,
        PixelMap.Rotate270 => PixelMap.Rotate90,
        var m => m,
    };

    /// <summary>A short name for messages: "identity", "hflip", "crop(0, 0, 8, 8) scale 0.5 rotate90".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Crop is { } c)
        {
            parts.Add($"crop({c.X}, {c.Y}, {c.Width}, {c.Height})");
        }

        if (Scale != 1)
        {
            parts.Add(FormattableString.Invariant($"scale {Scale}"));
        }

        if (Map is { } m)
        {
            parts.Add(m switch
            {
                PixelMap.HorizontalFlip => "hflip",
                PixelMap.VerticalFlip => "vflip",
                _ => m.ToString().ToLowerInvariant(),
            });
        }

        return parts.Count == 0 ? "identity" : string.Join(' ', parts);
    }
}
