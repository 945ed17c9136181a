namespace SharpAugment.Pipelines;

/// <summary>A pipeline text that does not parse; the message points at the offending character.</summary>
public sealed class PipelineSyntaxException : FormatException
{
    /// <summary>Creates the error with the text, the position and what was expected.</summary>
    public PipelineSyntaxException(string text, int position, string what)
        : base($"pipeline syntax error at position {position}: {what}\n  {text}\n  {new string(' ', Math.Min(position, text?.Length ?? 0))}^")
    {
        Text = text ?? string.Empty;
        Position = position;
    }

    /// <summary>The pipeline text that failed.</summary>
    public string Text { get; }

    /// <summary>The zero-based character position of the error.</summary>
    public int Position { get; }
}
