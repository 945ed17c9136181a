using System.Text;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Views;

/// <summary>Makes several augmented views of one sample from a <see cref="ViewRecipe"/>; every view keeps the input's label, and view k draws from its own fork of the sample's Rng.</summary>
public sealed class MultiView
{
    private readonly ITransform<Sample>[] _pipelines;
    private readonly string[] _names;

    /// <summary>Builds every view pipeline of <paramref name="recipe"/> with <paramref name="registry"/>.</summary>
    public MultiView(ViewRecipe recipe, TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(registry);
        if (recipe.Views.Count == 0)
        {
            throw new ArgumentException($"views: recipe '{recipe.Name}' has no views.", nameof(recipe));
        }

        var pipelines = new List<ITransform<Sample>>();
        var names = new List<string>();
        foreach (var v in recipe.Views)
        {
            if (v.Count < 1)
            {
                throw new TransformParameterException(recipe.Name, v.Name + ".count", v.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "at least 1");
            }

            var pipeline = registry.Build<Sample>(v.Pipeline);
            for (int i = 0; i < v.Count; i++)
            {
                pipelines.Add(pipeline);
                names.Add(v.Count == 1 ? v.Name : v.Name + "_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Recipe = recipe;
        _pipelines = [.. pipelines];
        _names = [.. names];
    }

    /// <summary>The recipe.</summary>
    public ViewRecipe Recipe { get; }

    /// <summary>The name of each output view, in order (global_1, global_2, local_1, ...).</summary>
    public IReadOnlyList<string> ViewNames => _names;

    /// <summary>The pipeline behind each output view, in order.</summary>
    public IReadOnlyList<ITransform<Sample>> Pipelines => _pipelines;

    /// <summary>Returns the views of <paramref name="input"/>; view k uses <c>rng.Fork(k)</c>, so views are independent and each is reproducible alone; every view runs under <paramref name="limits"/> (default <see cref="ResourceLimits.Default"/>) and stops when <paramref name="cancellation"/> is cancelled.</summary>
    public IReadOnlyList<Sample> Apply(Sample input, Rng rng, ResourceLimits? limits = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rng);
        var views = new Sample[_pipelines.Length];
        for (int k = 0; k < views.Length; k++)
        {
            var view = _pipelines[k].Apply(input, new AugmentContext(rng.Fork((ulong)k)) { Limits = limits ?? ResourceLimits.Default, CancellationToken = cancellation });
            views[k] = view with { Label = input.Label, SoftLabel = input.SoftLabel };
        }

        return views;
    }

    /// <summary>Every view pipeline with all defaults filled in, one line per view kind, as the CLI prints it.</summary>
    public string Explain()
    {
        var sb = new StringBuilder();
        sb.Append(Recipe.Name).Append(": ").Append(_pipelines.Length).Append(" views\n");
        int k = 0;
        foreach (var v in Recipe.Views)
        {
            sb.Append("  ").Append(v.Name).Append(" x").Append(v.Count).Append(": ").Append(PipelineText.Format(_pipelines[k].ToSpec())).Append('\n');
            k += v.Count;
        }

        return sb.ToString();
    }
}
