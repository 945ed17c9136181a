namespace SharpAugment.Training.Tests;

/// <summary>Repository files (README, samples) found from the test binaries upwards; also compiled into SharpAugment.MLNet.Tests.</summary>
internal static class RepoPaths
{
    public static string Get(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SharpAugment.slnx")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new FileNotFoundException("repository root (SharpAugment.slnx) not found above the test binaries");
    }
}
