using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Text;
using SharpAugment.Transforms;

namespace SharpAugment.Cli;

/// <summary>The registry the command line uses: every package's transforms in one table.</summary>
public static class Registries
{
    /// <summary>Builds the full registry (composites, image, and every other package's transforms).</summary>
    public static TransformRegistry CreateFull() => new TransformRegistry()
        .AddImageTransforms()
        .AddTextTransforms()
        .AddCodecTransforms();
}
