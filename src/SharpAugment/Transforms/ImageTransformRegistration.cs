using SharpAugment.Pipelines;
using SharpAugment.Transforms.Geometric;

namespace SharpAugment.Transforms;

/// <summary>Registers the image transforms of the core package.</summary>
public static class ImageTransformRegistration
{
    /// <summary>Adds every image transform to <paramref name="registry"/>.</summary>
    public static TransformRegistry AddImageTransforms(this TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        GeometricRegistration.Register(registry);
        Photometric.PhotometricRegistration.Register(registry);
        Blur.BlurRegistration.Register(registry);
        Dropout.DropoutRegistration.Register(registry);
        Policies.PolicyRegistration.Register(registry);
        Mixing.BatchTransformRegistration.AddBatchTransforms(registry);
        Quality.QualityRegistration.Register(registry);
        Noise.NoiseRegistration.Register(registry);
        Weather.WeatherRegistration.Register(registry);
        return registry;
    }
}
