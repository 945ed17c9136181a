using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>A transform whose whole effect is a <see cref="GeometricPlan"/>, reachable without knowing its parameter type (tests and tools check every such transform through its matrix).</summary>
public interface IGeometricTransform
{
    /// <summary>Draws parameters for the sample and returns their plan.</summary>
    GeometricPlan SamplePlan(Sample sample, Rng rng);
}
