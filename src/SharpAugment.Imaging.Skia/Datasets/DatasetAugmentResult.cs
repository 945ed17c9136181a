namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>The outcome of a run: counts and every failure, sorted by path.</summary>
/// <param name="Layout">The layout used.</param>
/// <param name="Inputs">Inputs found.</param>
/// <param name="Written">Outputs written by this run.</param>
/// <param name="Kept">Outputs already complete and kept (--resume).</param>
/// <param name="Failures">Every input or output that failed, with its reason.</param>
/// <param name="Cancelled">Whether the run was interrupted before the end (the manifest allows --resume).</param>
public sealed record DatasetAugmentResult(string Layout, int Inputs, int Written, int Kept, IReadOnlyList<DatasetProblem> Failures, bool Cancelled);
