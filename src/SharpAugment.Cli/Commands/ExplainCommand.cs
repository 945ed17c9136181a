using System.ComponentModel;
using SharpAugment.Pipelines;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment explain --pipeline TEXT</c>: the parsed pipeline with every default filled in.</summary>
public sealed class ExplainCommand : Command<ExplainCommand.Settings>
{
    /// <summary>Options of <c>explain</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The pipeline in the one-line syntax.</summary>
        [CommandOption("-p|--pipeline <TEXT>")]
        [Description("The pipeline to explain.")]
        public string Pipeline { get; init; } = string.Empty;
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var registry = Registries.CreateFull();
        var full = Expand(registry, PipelineText.Parse(settings.Pipeline));
        Console.Out.WriteLine(PipelineText.Format(full));
        Console.Out.WriteLine(PipelineJson.Format(full));
        return 0;
    }

    /// <summary>The spec with every parameter written out, recursively, after validation.</summary>
    public static TransformSpec Expand(TransformRegistry registry, TransformSpec spec)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(spec);
        var d = registry.Get(spec.Name);
        var options = d.Schema.Bind(spec.Name, spec.Arguments);
        if (options is CompositeOptions c)
        {
            options = c with { Transforms = c.Transforms.Select(t => Expand(registry, t)).ToArray() };
        }

        return d.Schema.ToSpec(spec.Name, options, includeDefaults: true);
    }
}
