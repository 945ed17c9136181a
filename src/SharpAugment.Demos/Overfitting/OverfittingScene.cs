using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpAugment.Demos.Overfitting;

/// <summary>What stays fixed during a run and a page draws under every frame: the plane, the points and the pipeline.</summary>
/// <param name="Extent">The plane shown is [-Extent, Extent]^2.</param>
/// <param name="GridResolution">Cells per side of every frame's probability grids (row 0 at the top).</param>
/// <param name="TrainPoints">Training points as x, y pairs in plane units.</param>
/// <param name="TrainLabels">Their classes (0 or 1).</param>
/// <param name="TestPoints">Test points as x, y pairs.</param>
/// <param name="TestLabels">Their classes.</param>
/// <param name="Pipeline">The augmentation pipeline text (empty: none).</param>
/// <param name="Steps">Steps the run will take.</param>
public sealed record OverfittingScene(
    [property: JsonPropertyName("extent")] double Extent,
    [property: JsonPropertyName("grid_resolution")] int GridResolution,
    [property: JsonPropertyName("train_points")] float[] TrainPoints,
    [property: JsonPropertyName("train_labels")] int[] TrainLabels,
    [property: JsonPropertyName("test_points")] float[] TestPoints,
    [property: JsonPropertyName("test_labels")] int[] TestLabels,
    [property: JsonPropertyName("pipeline")] string Pipeline,
    [property: JsonPropertyName("steps")] int Steps)
{
    /// <summary>One line of JSON, ready to be the first server-sent event of a run.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);
}
