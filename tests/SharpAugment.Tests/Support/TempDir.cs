namespace SharpAugment.Tests.Support;

/// <summary>A fresh temporary folder, deleted with everything in it on Dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, true);
}
