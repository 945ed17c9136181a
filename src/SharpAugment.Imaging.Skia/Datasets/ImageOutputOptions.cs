namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>How augmented images are encoded.</summary>
/// <param name="Format">The output format, or null to keep each input's format (BMP and GIF become PNG).</param>
/// <param name="Quality">JPEG and WebP quality, 1 to 100.</param>
/// <param name="PngLevel">PNG zlib level 0 to 9 (masks too): lower is faster and larger.</param>
public sealed record ImageOutputOptions(ImageFileFormat? Format = null, int Quality = 95, int PngLevel = ImageCodec.DefaultPngLevel)
{
    /// <summary>The format for one input path.</summary>
    public ImageFileFormat FormatFor(string inputPath) => Format ?? ImageCodec.FormatFromExtension(inputPath) ?? ImageFileFormat.Png;

    /// <summary>The extension for one input path: the input's own when kept (so .jpeg stays .jpeg), else the format's usual one.</summary>
    public string ExtensionFor(string inputPath)
    {
        var format = FormatFor(inputPath);
        string ext = Path.GetExtension(inputPath);
        return ImageCodec.FormatFromExtension(inputPath) == format ? ext : ImageCodec.Extension(format);
    }
}
