using SharpAugment.Audio.IO;
using SharpAugment.Audio.Transforms.Waveform;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Tests.Transforms;

/// <summary>The shared invariants, run over every registered audio transform found by discovery: a transform without a case here fails (no default parameters are assumed).</summary>
public sealed class RegisteredTransformTests : IDisposable
{
    private const int Rate = 16000;
    private const int IrLength = 64;

    private static readonly TransformRegistry Registry = new TransformRegistry().AddAudioTransforms();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sa-audio-reg-" + Guid.NewGuid().ToString("N"));

    public RegisteredTransformTests()
    {
        Directory.CreateDirectory(_dir);
        WavCodec.Save(Fixture.Tone(8000, 0.5, 123, 2), Path.Combine(_dir, "noise.wav"));
        var ir = new float[IrLength];
        ir[0] = 1;
        ir[10] = 0.3f;
        WavCodec.Save(AudioClip.Mono(ir, Rate), Path.Combine(_dir, "ir.wav"));
    }

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>The output length and sample rate a transform must give for an input of <c>length</c> samples at <see cref="Rate"/>, from its drawn parameters.</summary>
    private delegate (int Length, int SampleRate) Expected(int length, object parameters);

    private static (int, int) Kept(int length, object parameters) => (length, Rate);

    private static int CeilDiv(long a, long b) => (int)((a + b - 1) / b);

    /// <summary>Test arguments (p = 1 where the default is lower) and the expected output shape of each registered transform.</summary>
    private (string Arguments, Expected Shape) Case(string name) => name switch
    {
        "gain" => ("db=-12..12", Kept),
        "add_gaussian_noise" => ("amplitude=0.001..0.015", Kept),
        "add_gaussian_snr" => ("snr_db=5..40", Kept),
        "shift" => ("shift=-0.5..0.5", Kept),
        "time_mask" => ("band_part=0.05..0.2", Kept),
        "polarity_inversion" => (string.Empty, Kept),
        "reverse" => (string.Empty, Kept),
        "resample" => ("sample_rate=8000..22050", (n, p) => (CeilDiv((long)((ScalarParams)p).Value * n, Rate), (int)((ScalarParams)p).Value)),
        "speed" => ("factors=[0.8, 1.25]", (n, p) => (CeilDiv((long)Rate * n, (int)(((ScalarParams)p).Value * Rate)), Rate)),
        "time_stretch" => ("rate=0.8..1.25, leave_length_unchanged=false", (n, p) => ((int)Math.Round(n / ((ScalarParams)p).Value), Rate)),
        "pitch_shift" => ("semitones=-4..4", Kept),
        "add_background_noise" => ($"sounds_path=\"{_dir}/noise.wav\", snr_db=5..10", Kept),
        "apply_impulse_response" => ($"ir_path=\"{_dir}/ir.wav\", leave_length_unchanged=false", (n, _) => (n + IrLength - 1, Rate)),
        "low_pass_filter" => ("cutoff_freq=150..2000", Kept),
        "high_pass_filter" => ("cutoff_freq=200..2400", Kept),
        "band_pass_filter" => ("center_freq=200..4000", Kept),
        "clipping_distortion" => ("percentile_threshold=10..40", Kept),
        "peak_normalize" => (string.Empty, Kept),
        "adjust_duration" => ("duration_seconds=0.2", (_, _) => (Rate / 5, Rate)),
        "spec_augment" => ("policy=ss", Kept),
        "time_masking" => ("time_mask_param=30", Kept),
        "frequency_masking" => ("freq_mask_param=20", Kept),
        "time_warp" => ("w=20", Kept),
        _ => throw new Xunit.Sdk.XunitException($"audio transform '{name}' is registered but has no case in RegisteredTransformTests"),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var d in Registry.Descriptors.Where(d => d.TargetType is not null))
        {
            data.Add(d.Name);
        }

        return data;
    }

    [Fact]
    public void EveryRegisteredTransformActsOnAudioData()
    {
        var names = Registry.Descriptors.Where(d => d.TargetType is not null).ToList();
        Assert.True(names.Count >= 23, $"only {names.Count} audio transforms found");
        Assert.All(names, d => Assert.True(d.TargetType == typeof(AudioClip) || d.TargetType == typeof(Spectrogram), $"{d.Name} acts on {d.TargetType!.Name}"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SameSeedSameOutputInputUntouchedShapeKeptAndSpecRoundTrips(string name)
    {
        var (arguments, shape) = Case(name);
        string text = $"{name}({arguments})";
        if (Registry.Get(name).TargetType == typeof(AudioClip))
        {
            var clip = Fixture.Tone(Rate, 0.3, 440, 2);
            var result = Check<AudioClip>(text, clip, c => c.Samples);
            foreach (var (output, parameters) in result)
            {
                var (length, rate) = shape(clip.Length, parameters);
                Assert.Equal((2, length, rate), (output.Channels, output.Length, output.SampleRate));
                Assert.Equal(output.Channels * output.Length, output.Samples.Length);
                Assert.All(output.Samples, v => Assert.True(float.IsFinite(v), $"{name} produced {v}"));
            }
        }
        else
        {
            var s = new SharpAugment.Audio.Dsp.MelSpectrogram(new()).Compute(Fixture.Tone(Rate, 3.0, 440, 2));
            foreach (var (output, _) in Check<Spectrogram>(text, s, x => x.Values))
            {
                Assert.Equal((s.Channels, s.Bins, s.Frames), (output.Channels, output.Bins, output.Frames));
            }
        }
    }

    // Runs the invariants and returns the outputs of several seeds with the parameters drawn for each.
    private static List<(T Output, object Parameters)> Check<T>(string text, T input, Func<T, float[]> values)
    {
        var t = Registry.Parse<T>(text);
        Assert.True(t.Options.P == 1, $"{t.Name}: its case must set p=1 so it acts (it has p={t.Options.P})");
        var before = (float[])values(input).Clone();
        var a = t.Apply(input, new AugmentContext(Rng.ForSample(11, 2, 5)));
        var b = t.Apply(input, new AugmentContext(Rng.ForSample(11, 2, 5)));
        Assert.Equal(values(a), values(b));
        var spec = t.ToSpec();
        Assert.Equal(spec, Registry.Parse<T>(spec.ToString()).ToSpec());
        Assert.Equal(spec, Registry.FromJson<T>(PipelineJson.Format(spec)).ToSpec());
        Assert.Equal(values(a), values(Registry.FromJson<T>(PipelineJson.Format(spec)).Apply(input, new AugmentContext(Rng.ForSample(11, 2, 5)))));

        var outputs = new List<(T, object)>();
        bool changed = false;
        for (ulong seed = 0; seed < 5; seed++)
        {
            var tape = new List<SampledStep>();
            var recorded = t.Apply(input, new AugmentContext(Rng.ForSample(seed, 0, 0), tape));
            Assert.Equal(t.Name, tape[0].Transform);
            Assert.NotNull(tape[0].Parameters);
            Assert.Equal(values(recorded), values(t.Apply(input, AugmentContext.ForReplay(tape))));
            changed |= !values(recorded).AsSpan().SequenceEqual(before);
            outputs.Add((recorded, tape[0].Parameters!));
        }

        Assert.True(changed, $"{t.Name} left the data as it was for five seeds");
        Assert.Equal(before, values(input));
        return outputs;
    }
}
