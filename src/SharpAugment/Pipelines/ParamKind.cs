namespace SharpAugment.Pipelines;

/// <summary>One supported parameter type: how listings describe it, how a written value becomes it and back, and which numbers the [Param] range bounds.</summary>
/// <param name="Description">The short type description for listings.</param>
/// <param name="Read">Converts a written value; throws <see cref="FormatException"/> when the value does not fit.</param>
/// <param name="Write">Writes a value back in the pipeline syntax.</param>
/// <param name="Numbers">The numbers the range check bounds (none for words and transforms).</param>
/// <param name="Reversed">Whether the value holds a range written high to low, which no sampler accepts.</param>
internal sealed record ParamKind(
    string Description,
    Func<SpecValue, object?> Read,
    Func<object, SpecValue> Write,
    Func<object, IEnumerable<double>>? Numbers = null,
    Func<object, bool>? Reversed = null);
