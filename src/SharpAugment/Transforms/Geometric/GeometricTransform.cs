using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>A transform that is its matrix: it turns sampled parameters into a <see cref="GeometricPlan"/> (forward matrix, output size, resampling), and <see cref="SampleGeometry.Apply(Sample, GeometricPlan)"/> moves the image, masks, boxes and keypoints by it.</summary>
/// <typeparam name="TOptions">The options record.</typeparam>
/// <typeparam name="TParams">The sampled parameters record.</typeparam>
public abstract class GeometricTransform<TOptions, TParams> : ImageTransform<TOptions, TParams>, IGeometricTransform
    where TOptions : TransformOptions
    where TParams : class
{
    /// <summary>Keeps the validated options.</summary>
    protected GeometricTransform(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <summary>The plan of sampled parameters on a width x height input.</summary>
    public abstract GeometricPlan Plan(int width, int height, TParams parameters);

    /// <inheritdoc/>
    public sealed override Sample Apply(Sample sample, TParams parameters)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        return SampleGeometry.Apply(sample, Plan(sample.Width, sample.Height, parameters));
    }

    /// <inheritdoc/>
    public GeometricPlan SamplePlan(Sample sample, Randomness.Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return Plan(sample.Width, sample.Height, SampleParams(sample, rng));
    }
}
