namespace SharpAugment.Pipelines;

/// <summary>A transform call by registered name with its arguments: the common form behind the text syntax, JSON and the registry.</summary>
/// <param name="Name">The registered snake_case name.</param>
/// <param name="Arguments">The arguments in written order.</param>
public sealed record TransformSpec(string Name, IReadOnlyList<SpecArgument> Arguments)
{
    /// <summary>A call with no arguments, so <c>hflip</c> is <c>new TransformSpec("hflip")</c>.</summary>
    public TransformSpec(string name) : this(name, Array.Empty<SpecArgument>())
    {
    }

    /// <summary>The call that builds a transform from options made in code (defaults left out), so code builds pipelines from typed options, never from formatted text.</summary>
    public static TransformSpec Of(string name, TransformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ParamSchema.For(options.GetType()).ToSpec(name, options);
    }

    /// <summary>The steps run in order: one step alone, several as one <c>compose</c> (written <c>a | b | c</c>).</summary>
    public static TransformSpec Chain(IReadOnlyList<TransformSpec> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return steps.Count == 1 ? steps[0] : new TransformSpec("compose", steps.Select(s => new SpecArgument(null, new TransformValue(s))).ToArray());
    }

    /// <summary>The one-line text form; a top-level compose is written as <c>a | b | c</c>.</summary>
    public override string ToString() => PipelineText.Format(this);

    /// <summary>Specs are equal when name and arguments are, so round trips can be checked.</summary>
    public bool Equals(TransformSpec? other) =>
        other is not null && Name == other.Name && Arguments.SequenceEqual(other.Arguments);

    /// <summary>A hash consistent with <see cref="Equals(TransformSpec)"/>.</summary>
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Name);
        foreach (var a in Arguments)
        {
            h.Add(a);
        }

        return h.ToHashCode();
    }
}
