using SharpAugment.Audio.IO;

namespace SharpAugment.Audio.Tests;

internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static (float[] Values, int[] Shape) Npy(string name) => NpyFile.Decode(File.ReadAllBytes(Path(name)));

    public static AudioClip Clip(string name, int sampleRate)
    {
        var (v, shape) = Npy(name);
        return new AudioClip(v, shape.Length == 1 ? 1 : shape[0], sampleRate);
    }

    /// <summary>A synthesized test signal: a sum of sines plus optional seeded noise.</summary>
    public static AudioClip Tone(int sampleRate, double seconds, double hz, int channels = 1, double amplitude = 0.5)
    {
        int n = (int)(sampleRate * seconds);
        var x = new float[n * channels];
        for (int c = 0; c < channels; c++)
        {
            for (int i = 0; i < n; i++)
            {
                x[(c * n) + i] = (float)(amplitude * Math.Sin(2 * Math.PI * hz * (c + 1) * i / sampleRate));
            }
        }

        return new AudioClip(x, channels, sampleRate);
    }
}
