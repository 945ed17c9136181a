using System.Text.Json.Nodes;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Playground.Api;

/// <summary>A request's pipeline after the magnitude is folded in: the transform to run and the exact text that rebuilds it.</summary>
/// <param name="Pipeline">The built pipeline.</param>
/// <param name="Text">Pipeline text that reproduces the result with <c>sharpaugment apply</c>.</param>
/// <param name="Arguments">Every parameter of a single transform as text (defaults included), for the page's parameter panel; null for a pipeline of several steps.</param>
public sealed record ResolvedPipeline(ITransform<Sample> Pipeline, string Text, JsonObject? Arguments)
{
    /// <summary>Parses <paramref name="text"/>; with a <paramref name="magnitude"/>, the single transform's magnitude options are the base and written arguments override them.</summary>
    public static ResolvedPipeline Resolve(TransformRegistry registry, string text, double? magnitude)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var spec = PipelineText.Parse(text);
        var d = registry.Get(spec.Name);
        if (magnitude is double m)
        {
            if (d.Magnitude is null)
            {
                throw new TransformParameterException(spec.Name, "magnitude", m.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "a pipeline of one image transform (send several steps without a magnitude)");
            }

            var options = d.Schema.Bind(spec.Name, spec.Arguments, d.Magnitude.OptionsAt(spec.Name, m));
            spec = d.Schema.ToSpec(spec.Name, options);
        }

        var pipeline = registry.Build<Sample>(spec);
        JsonObject? arguments = null;
        if (d.TargetType == typeof(Sample))
        {
            arguments = [];
            foreach (var a in d.Schema.ToSpec(spec.Name, pipeline.Options, includeDefaults: true).Arguments)
            {
                arguments[a.Key ?? "_"] = PipelineText.FormatValue(a.Value);
            }
        }

        return new ResolvedPipeline(pipeline, PipelineText.Format(spec), arguments);
    }
}
