namespace SharpAugment.Cli;

/// <summary>The one check every command makes before writing: no output path may name one of its inputs, so a run never overwrites what it reads.</summary>
public static class OutputGuard
{
    /// <summary>Whether two paths name the same file once made absolute (ordinal: Linux paths are case-sensitive).</summary>
    public static bool SamePath(string x, string y) =>
        string.Equals(Path.GetFullPath(x), Path.GetFullPath(y), StringComparison.Ordinal);

    /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="command"/> when <paramref name="output"/> is one of <paramref name="inputs"/>.</summary>
    public static void EnsureDiffers(string command, string output, params string[] inputs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (string input in inputs)
        {
            if (SamePath(output, input))
            {
                throw new ArgumentException($"{command}: output '{output}' is the input '{input}'; inputs are never overwritten, choose another output.");
            }
        }
    }
}
