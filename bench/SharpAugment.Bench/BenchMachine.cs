namespace SharpAugment.Bench;

/// <summary>What the benchmark records about the machine it ran on.</summary>
public static class BenchMachine
{
    /// <summary>The processor's model name from /proc/cpuinfo, or "unknown" elsewhere, for the JSON meta.</summary>
    public static string CpuModel()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal))
                {
                    return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
            // Not Linux: the model is left unknown.
        }

        return "unknown";
    }
}
