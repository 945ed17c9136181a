namespace SharpAugment.Playground.Tests.Support;

/// <summary>Finds the repository root (for the bundled samples and docs/images) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Samples(string relative) => Path.Combine(Root, "samples", relative);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SharpAugment.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SharpAugment.slnx not found above " + AppContext.BaseDirectory);
    }
}
