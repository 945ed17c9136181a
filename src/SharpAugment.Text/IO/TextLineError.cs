namespace SharpAugment.Text.IO;

/// <summary>A line that could not be read or augmented; it is skipped and reported.</summary>
/// <param name="Line">The 1-based line number in the input.</param>
/// <param name="Message">What is wrong.</param>
public sealed record TextLineError(long Line, string Message);
