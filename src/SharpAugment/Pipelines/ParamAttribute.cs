namespace SharpAugment.Pipelines;

/// <summary>Marks an options property as a transform parameter, with its help text and allowed numeric range.</summary>
/// <param name="help">One line for <c>sharpaugment list</c> and the README.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParamAttribute(string help) : Attribute
{
    /// <summary>The help line.</summary>
    public string Help { get; } = help;

    /// <summary>The smallest allowed value (inclusive), or NaN for no bound.</summary>
    public double Min { get; init; } = double.NaN;

    /// <summary>The largest allowed value (inclusive), or NaN for no bound.</summary>
    public double Max { get; init; } = double.NaN;

    /// <summary>Whether the lower bound itself is excluded (sigma &gt; 0, say).</summary>
    public bool MinExclusive { get; init; }

    /// <summary>Whether positional arguments bind here (the child transforms of a composite).</summary>
    public bool Positional { get; init; }
}
