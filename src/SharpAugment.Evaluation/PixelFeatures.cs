using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Evaluation;

/// <summary>
/// The proxy's features: every image resized (pixel-area averaging) to one small grid and scaled to [0, 1], gray when
/// the whole data set is gray, else RGB. Images no larger than <see cref="DefaultSide"/> keep their own size, so 8x8
/// digits are read pixel for pixel; an augmented image of another size is resized back to the grid.
/// </summary>
public sealed class PixelFeatures
{
    /// <summary>The grid side images larger than it are shrunk to: 16x16 keeps strokes and shapes while a linear model still trains in seconds.</summary>
    public const int DefaultSide = 16;

    private readonly ITransform<Sample> _resize;

    private PixelFeatures(int width, int height, int channels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        _resize = new TransformRegistry().AddImageTransforms().Parse<Sample>($"resize(width={width}, height={height}, interpolation=area)");
    }

    /// <summary>The grid width.</summary>
    public int Width { get; }

    /// <summary>The grid height.</summary>
    public int Height { get; }

    /// <summary>1 (gray) or 3 (RGB).</summary>
    public int Channels { get; }

    /// <summary>Features per image.</summary>
    public int Length => Width * Height * Channels;

    /// <summary>The grid for a data set: its images' common size when all are the same size and no side exceeds <paramref name="side"/>, else side x side.</summary>
    public static PixelFeatures For(LabelledImages data, int side = DefaultSide)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(side, 2);
        if (data.Count == 0)
        {
            throw new ArgumentException("the data set has no images.", nameof(data));
        }

        int channels = data.Images.Any(i => i.Channels >= 3) ? 3 : 1;
        var first = data.Images[0];
        bool small = data.Images.All(i => i.Width == first.Width && i.Height == first.Height) && first.Width <= side && first.Height <= side;
        return small ? new PixelFeatures(first.Width, first.Height, channels) : new PixelFeatures(side, side, channels);
    }

    /// <summary>The features of one image (any size, 1 to 4 channels).</summary>
    public float[] Extract(Image<byte> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Width != Width || image.Height != Height)
        {
            image = ImageConversions.ToBytes(_resize.Apply(new Sample(image), new AugmentContext(Rng.ForSample(0, 0, 0))).Image);
        }

        var features = new float[Length];
        int pixels = Width * Height;
        var src = image.Pixels;
        if (Channels == 1)
        {
            var gray = image.Channels >= 3 ? new byte[pixels] : src;
            if (image.Channels >= 3)
            {
                ColorKernels.Gray(src, gray, image.Channels);
            }

            // Gray with alpha keeps its gray channel.
            int step = image.Channels >= 3 ? 1 : image.Channels;
            for (int i = 0; i < pixels; i++)
            {
                features[i] = gray[i * step] / 255f;
            }
        }
        else
        {
            for (int i = 0; i < pixels; i++)
            {
                for (int c = 0; c < 3; c++)
                {
                    // Gray images in a colour data set spread their one channel over R, G and B.
                    features[(i * 3) + c] = src[(i * image.Channels) + (image.Channels >= 3 ? c : 0)] / 255f;
                }
            }
        }

        return features;
    }
}
