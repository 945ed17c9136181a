namespace SharpAugment.Text.IO;

/// <summary>The outcome of augmenting a data set file.</summary>
/// <param name="Output">The output file's bytes (UTF-8).</param>
/// <param name="Errors">Every skipped line, in input order.</param>
/// <param name="Records">Input records augmented.</param>
/// <param name="Written">Output records written (augmented sentences plus originals).</param>
public sealed record TextFileResult(byte[] Output, IReadOnlyList<TextLineError> Errors, int Records, int Written);
