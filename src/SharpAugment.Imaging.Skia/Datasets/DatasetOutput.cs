using System.Text.Json.Nodes;

namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>What writing one sample produced: the image, every file written (image first), and layout annotations to gather at the end (COCO).</summary>
/// <param name="Image">The written image, relative to the destination root.</param>
/// <param name="Files">Every file written for this sample, relative to the destination root, the image first.</param>
/// <param name="Annotation">Layout data kept in the manifest and handed to <see cref="DatasetLayout.Finish"/>, or null.</param>
public sealed record DatasetOutput(string Image, IReadOnlyList<string> Files, JsonNode? Annotation = null);
