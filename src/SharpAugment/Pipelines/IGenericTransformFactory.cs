namespace SharpAugment.Pipelines;

/// <summary>Builds a transform that works on any data type, such as the composites <c>compose</c> and <c>one_of</c>.</summary>
public interface IGenericTransformFactory
{
    /// <summary>Creates the transform for data of type <typeparamref name="T"/>.</summary>
    ITransform<T> Create<T>(TransformOptions options, TransformRegistry registry);
}
