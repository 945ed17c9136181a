using SharpAugment.Audio;
using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Tabular;
using SharpAugment.Text;

namespace SharpAugment.Tests.Transforms;

/// <summary>Every transform the command line knows runs in a discovery matrix: images, batches and composites here; text, tables and audio in their packages' test projects, which discover from their packages' registrations.</summary>
public class RegistryCoverageTests
{
    [Fact]
    public void EveryRegisteredNameIsInAMatrixThatDiscoversIt()
    {
        var full = Registries.CreateFull();
        var byPackage = new Dictionary<Type, TransformRegistry>
        {
            [typeof(TextSample)] = new TransformRegistry().AddTextTransforms(),
            [typeof(TabularDataset)] = new TransformRegistry().AddTabularTransforms(),
            [typeof(AudioClip)] = new TransformRegistry().AddAudioTransforms(),
            [typeof(Spectrogram)] = new TransformRegistry().AddAudioTransforms(),
        };
        foreach (var d in full.Descriptors)
        {
            if (d.TargetType is null || d.TargetType == typeof(Sample) || d.TargetType == typeof(ImageBatch))
            {
                continue; // CompositeMatrixTests, TransformMatrixTests and BatchTransformMatrixTests read the full registry
            }

            Assert.True(byPackage.TryGetValue(d.TargetType, out var own), $"{d.Name} acts on {d.TargetType.Name}, which no matrix covers");
            Assert.True(own!.Contains(d.Name), $"{d.Name} ({d.TargetType.Name}) is not registered by its package's registration, which its matrix discovers from");
        }

        // The codec package registers image transforms only, all covered by the image matrix.
        Assert.All(new TransformRegistry().AddCodecTransforms().Descriptors, d => Assert.True(d.TargetType is null || d.TargetType == typeof(Sample), d.Name));
    }
}
