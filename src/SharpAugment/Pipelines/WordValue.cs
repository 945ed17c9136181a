namespace SharpAugment.Pipelines;

/// <summary>A bare word (<c>interpolation=bilinear</c>, <c>expand=true</c>) or a quoted string, bound to enums, booleans, strings or transform names.</summary>
/// <param name="Text">The word or string content.</param>
/// <param name="Quoted">Whether it was written in quotes, which keeps spaces and punctuation.</param>
public sealed record WordValue(string Text, bool Quoted = false) : SpecValue
{
    /// <summary>The text form: bare when it is a plain identifier, quoted otherwise.</summary>
    public override string ToString() => PipelineText.IsIdentifier(Text) ? Text : PipelineText.Quote(Text);
}
