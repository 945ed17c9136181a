namespace SharpAugment.Text.IO;

/// <summary>How to read and write a text data set file.</summary>
/// <param name="Format">The layout.</param>
/// <param name="TextColumn">The CSV column or JSON member that holds the sentence (not used by TSV).</param>
/// <param name="LabelColumn">The CSV column or JSON member that holds the label, if present (not used by TSV).</param>
public sealed record TextFileOptions(TextFileFormat Format = TextFileFormat.Tsv, string TextColumn = "text", string LabelColumn = "label");
