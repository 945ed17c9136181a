namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>A progress report: inputs done out of the total, outputs written, outputs kept from an earlier run, failures so far.</summary>
/// <param name="Done">Inputs finished (written, skipped or failed).</param>
/// <param name="Total">Inputs in the run.</param>
/// <param name="Written">Files written in this run (images, not counting labels).</param>
/// <param name="Kept">Outputs found complete and kept (--resume).</param>
/// <param name="Failed">Inputs or outputs that failed.</param>
public readonly record struct DatasetProgress(int Done, int Total, int Written, int Kept, int Failed);
