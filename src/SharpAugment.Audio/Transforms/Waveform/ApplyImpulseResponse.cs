using SharpAugment.Transforms;
using SharpAugment.Audio.Dsp;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Convolves every channel with a random impulse response (room, microphone) through the FFT.</summary>
public sealed class ApplyImpulseResponse : SampledTransform<AudioClip, ApplyImpulseResponseOptions, FileChoiceParams>
{
    private readonly SoundFolder _irs;

    /// <summary>Lists the impulse responses.</summary>
    public ApplyImpulseResponse(ApplyImpulseResponseOptions options)
        : base("apply_impulse_response", options)
    {
        _irs = new SoundFolder(Name, "ir_path", options.IrPath);
    }

    /// <inheritdoc/>
    public override FileChoiceParams SampleParams(AudioClip input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return new FileChoiceParams(_irs.Files[rng.Next(_irs.Files.Count)], 0, 0);
    }

    /// <inheritdoc/>
    public override AudioClip Apply(AudioClip input, FileChoiceParams parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var ir = _irs.Load(parameters.Path, input.SampleRate);
        int n = input.Length;
        int outLength = Options.LeaveLengthUnchanged || ir.Length == 0 ? n : n + ir.Length - 1;
        var result = new float[(long)outLength * input.Channels];
        for (int c = 0; c < input.Channels; c++)
        {
            var y = FftConvolution.Convolve(input.Channel(c), ir);
            y.AsSpan(0, Math.Min(y.Length, outLength)).CopyTo(result.AsSpan(c * outLength, outLength));
        }

        return input.WithSamples(result);
    }
}
