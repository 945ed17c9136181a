namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>A file that could not be used, with the reason, for the end-of-run summary.</summary>
/// <param name="Path">The file, relative to the data-set root when possible.</param>
/// <param name="Reason">Why it failed.</param>
public sealed record DatasetProblem(string Path, string Reason);
