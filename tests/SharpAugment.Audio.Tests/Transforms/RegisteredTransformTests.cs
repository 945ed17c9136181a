using SharpAugment.Audio.IO;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Tests.Transforms;

/// <summary>The shared invariants, run over every registered audio transform found by discovery: a transform without test parameters here fails.</summary>
public sealed class RegisteredTransformTests : IDisposable
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddAudioTransforms();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sa-audio-reg-" + Guid.NewGuid().ToString("N"));

    public RegisteredTransformTests()
    {
        Directory.CreateDirectory(_dir);
        WavCodec.Save(Fixture.Tone(8000, 0.5, 123, 2), Path.Combine(_dir, "noise.wav"));
        var ir = new float[64];
        ir[0] = 1;
        ir[10] = 0.3f;
        WavCodec.Save(AudioClip.Mono(ir, 16000), Path.Combine(_dir, "ir.wav"));
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private string Arguments(string name) => name switch
    {
        "add_background_noise" => $"sounds_path=\"{_dir}/noise.wav\", snr_db=5..10",
        "apply_impulse_response" => $"ir_path=\"{_dir}/ir.wav\"",
        "adjust_duration" => "duration_seconds=0.2",
        "resample" => "sample_rate=8000..22050",
        "spec_augment" => "policy=ss",
        _ when Registry.Get(name).TargetType is { } t && (t == typeof(AudioClip) || t == typeof(Spectrogram)) => string.Empty,
        _ => throw new InvalidOperationException($"no test parameters for {name}"),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var d in Registry.Descriptors)
        {
            if (d.TargetType == typeof(AudioClip) || d.TargetType == typeof(Spectrogram))
            {
                data.Add(d.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SameSeedSameOutputInputUntouchedAndSpecRoundTrips(string name)
    {
        string text = $"{name}({Arguments(name)})";
        if (Registry.Get(name).TargetType == typeof(AudioClip))
        {
            Check<AudioClip>(text, Fixture.Tone(16000, 0.3, 440, 2), c => c.Samples);
        }
        else
        {
            var s = new SharpAugment.Audio.Dsp.MelSpectrogram(new()).Compute(Fixture.Tone(16000, 3.0, 440, 2));
            Check<Spectrogram>(text, s, x => x.Values);
        }
    }

    private static void Check<T>(string text, T input, Func<T, float[]> values)
    {
        var t = Registry.Parse<T>(text);
        var before = (float[])values(input).Clone();
        var a = t.Apply(input, new AugmentContext(Rng.ForSample(11, 2, 5)));
        var b = t.Apply(input, new AugmentContext(Rng.ForSample(11, 2, 5)));
        Assert.Equal(values(a), values(b));
        Assert.Equal(before, values(input));
        var spec = t.ToSpec();
        Assert.Equal(spec, Registry.Parse<T>(spec.ToString()).ToSpec());
        Assert.Equal(spec, Registry.FromJson<T>(PipelineJson.Format(spec)).ToSpec());
        var replayTape = new List<SampledStep>();
        var recorded = t.Apply(input, new AugmentContext(Rng.ForSample(3, 0, 0), replayTape));
        Assert.Equal(values(recorded), values(t.Apply(input, AugmentContext.ForReplay(replayTape))));
    }
}
