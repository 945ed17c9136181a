using SharpAugment.Transforms;
using SharpAugment.Audio.Dsp;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Mixes in a random stretch of a random noise file, scaled so that its RMS sits snr_db below the clip's; a noise shorter than the clip is repeated.</summary>
public sealed class AddBackgroundNoise : SampledTransform<AudioClip, AddBackgroundNoiseOptions, FileChoiceParams>
{
    private readonly SoundFolder _sounds;

    /// <summary>Lists the noise files (an empty or missing folder is an error here, not at the first sample).</summary>
    public AddBackgroundNoise(AddBackgroundNoiseOptions options)
        : base("add_background_noise", options)
    {
        _sounds = new SoundFolder(Name, "sounds_path", options.SoundsPath);
    }

    /// <inheritdoc/>
    public override FileChoiceParams SampleParams(AudioClip input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rng);
        double snr = Options.SnrDb.Sample(rng);
        string file = _sounds.Files[rng.Next(_sounds.Files.Count)];
        int noiseLength = _sounds.Load(file, input.SampleRate).Length;
        int maxOffset = Math.Max(0, noiseLength - input.Length - 1);
        return new FileChoiceParams(file, snr, rng.Next(0, maxOffset + 1));
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, FileChoiceParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var noise = _sounds.Load(parameters.Path, input.SampleRate);
        int n = input.Length;
        var segment = noise.AsSpan(parameters.Offset, Math.Min(n, noise.Length - parameters.Offset));
        double noiseRms = Levels.Rms(segment);
        if (noiseRms < 1e-9 || n == 0)
        {
            return input.Clone();
        }

        float gain = (float)(Levels.NoiseRmsForSnr(Levels.Rms(input.Samples), parameters.SnrDb) / noiseRms);
        var result = (float[])input.Samples.Clone();
        for (int c = 0; c < input.Channels; c++)
        {
            var dst = result.AsSpan(c * n, n);
            for (int i = 0; i < n; i++)
            {
                dst[i] += gain * segment[i % segment.Length];
            }
        }

        return input.WithSamples(result);
    }
}
