using System.Collections.Concurrent;
using SharpAugment.Audio.Dsp;
using SharpAugment.Audio.IO;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>The WAV files of a folder (or one file), listed once in ordinal order so a seed picks the same file everywhere, and decoded to mono at most once per sample rate.</summary>
public sealed class SoundFolder
{
    private readonly ConcurrentDictionary<(string, int), float[]> _cache = new();

    /// <summary>Lists the .wav files under <paramref name="path"/> (recursively), or takes the file itself.</summary>
    public SoundFolder(string transform, string parameter, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new SharpAugment.Pipelines.TransformParameterException(transform, parameter, "\"\"", "a WAV file or a folder of them");
        }

        if (File.Exists(path))
        {
            Files = [Path.GetFullPath(path)];
        }
        else if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".wav", StringComparison.OrdinalIgnoreCase))
                .Select(Path.GetFullPath).ToArray();
            Array.Sort(files, StringComparer.Ordinal);
            Files = files;
        }
        else
        {
            Files = [];
        }

        if (Files.Count == 0)
        {
            throw new SharpAugment.Pipelines.TransformParameterException(transform, parameter, path, "an existing WAV file or a folder holding at least one .wav file");
        }
    }

    /// <summary>The files, sorted.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The file's samples mixed down to mono and resampled to <paramref name="sampleRate"/> (as audiomentations' load_sound_file does).</summary>
    public float[] Load(string file, int sampleRate) => _cache.GetOrAdd((file, sampleRate), key =>
    {
        var clip = WavCodec.Load(key.Item1);
        if (clip.SampleRate != key.Item2)
        {
            clip = SincResampler.Resample(clip, key.Item2);
        }

        var mono = new float[clip.Length];
        for (int c = 0; c < clip.Channels; c++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(mono, clip.Channel(c), mono);
        }

        System.Numerics.Tensors.TensorPrimitives.Multiply(mono, 1f / clip.Channels, mono);
        return mono;
    });
}
