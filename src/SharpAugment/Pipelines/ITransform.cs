namespace SharpAugment.Pipelines;

/// <summary>What every transform shares, whatever it acts on: a registered name and typed options that serialize.</summary>
public interface ITransform
{
    /// <summary>The registered snake_case name.</summary>
    string Name { get; }

    /// <summary>The validated options it was built from.</summary>
    TransformOptions Options { get; }

    /// <summary>The spec that rebuilds this transform (text and JSON are made from it).</summary>
    TransformSpec ToSpec();
}

/// <summary>A transform of one kind of data (an image <c>Sample</c>, a sentence, an audio clip).</summary>
/// <typeparam name="T">The data it transforms.</typeparam>
public interface ITransform<T> : ITransform
{
    /// <summary>Returns the transformed data; the input is never modified.</summary>
    /// <param name="input">The data.</param>
    /// <param name="context">The random stream and, when recording or replaying, the parameter tape.</param>
    T Apply(T input, AugmentContext context);
}
