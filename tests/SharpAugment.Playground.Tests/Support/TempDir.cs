namespace SharpAugment.Playground.Tests.Support;

/// <summary>A fresh temporary folder, deleted with everything in it on Dispose.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("playground-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, true);
}
