namespace SharpAugment.Transforms.Views;

/// <summary>One kind of view in a recipe: a name, an ordinary pipeline in the text syntax, and how many independent views it makes.</summary>
/// <param name="Name">The view's name (global, local, weak, strong).</param>
/// <param name="Pipeline">The pipeline text, built from registered transforms, so it can be printed, edited and parsed.</param>
/// <param name="Count">How many views this pipeline produces, each with its own random stream.</param>
public sealed record ViewSpec(string Name, string Pipeline, int Count = 1);
