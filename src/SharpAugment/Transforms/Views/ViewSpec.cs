using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Views;

/// <summary>One kind of view in a recipe: a name, an ordinary pipeline of registered transforms, and how many independent views it makes.</summary>
/// <param name="Name">The view's name (global, local, weak, strong).</param>
/// <param name="Pipeline">The pipeline, built from typed options; it prints as the text syntax and can be edited and rebuilt.</param>
/// <param name="Count">How many views this pipeline produces, each with its own random stream.</param>
public sealed record ViewSpec(string Name, TransformSpec Pipeline, int Count = 1)
{
    /// <summary>A view whose pipeline is written in the text syntax (a custom recipe).</summary>
    public ViewSpec(string name, string pipeline, int count = 1)
        : this(name, PipelineText.Parse(pipeline), count)
    {
    }
}
