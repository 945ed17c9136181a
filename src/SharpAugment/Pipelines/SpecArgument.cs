namespace SharpAugment.Pipelines;

/// <summary>One argument of a transform call: keyed (<c>angle=30</c>) or positional (<c>one_of(hflip, vflip)</c>).</summary>
/// <param name="Key">The snake_case parameter name, or null for a positional argument.</param>
/// <param name="Value">The value.</param>
public sealed record SpecArgument(string? Key, SpecValue Value)
{
    /// <summary>The text form <c>key=value</c>, or the value alone when positional.</summary>
    public override string ToString() => Key is null ? Value.ToString()! : Key + "=" + Value;
}
