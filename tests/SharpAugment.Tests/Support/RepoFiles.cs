namespace SharpAugment.Tests.Support;

/// <summary>Files of the repository (README, docs, samples) found from the test binaries upwards.</summary>
public static class RepoFiles
{
    /// <summary>The absolute path of <paramref name="name"/> relative to the repository root (the folder holding SharpAugment.slnx).</summary>
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
