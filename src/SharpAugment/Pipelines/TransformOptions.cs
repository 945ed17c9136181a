namespace SharpAugment.Pipelines;

/// <summary>The typed parameters of a transform (the immutable definition); every transform has a probability <see cref="P"/>.</summary>
public abstract record TransformOptions
{
    /// <summary>The probability that the transform is applied to a sample.</summary>
    [Param("probability of applying the transform", Min = 0, Max = 1)]
    public double P { get; init; } = 1.0;

    /// <summary>Checks constraints between parameters that per-parameter ranges cannot express.</summary>
    /// <param name="transform">The registered name, for the error message.</param>
    public virtual void Validate(string transform)
    {
    }
}
