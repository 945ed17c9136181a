namespace SharpAugment.Text.IO;

/// <summary>The layouts of a text data set file.</summary>
public enum TextFileFormat
{
    /// <summary>EDA's layout: <c>label&lt;TAB&gt;sentence</c> per line (the first tab separates them).</summary>
    Tsv,

    /// <summary>RFC 4180 CSV with a header row; the text and label columns are named.</summary>
    Csv,

    /// <summary>One JSON object per line; the text and label members are named.</summary>
    Jsonl,
}
