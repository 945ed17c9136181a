namespace SharpAugment.Pipelines;

/// <summary>A nested transform argument, as composites such as <c>one_of</c> take.</summary>
/// <param name="Spec">The nested transform.</param>
public sealed record TransformValue(TransformSpec Spec) : SpecValue
{
    /// <summary>The text form of the nested transform; a multi-step pipeline is parenthesized.</summary>
    public override string ToString() => Spec.Name == "compose" && Spec.Arguments.Count == 1 && Spec.Arguments[0].Key is null
        ? "(" + Spec.ToString() + ")"
        : Spec.ToString();
}
