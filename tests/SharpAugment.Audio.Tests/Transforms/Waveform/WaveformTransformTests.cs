using SharpAugment.Audio.Dsp;
using SharpAugment.Audio.IO;
using SharpAugment.Audio.Transforms.Waveform;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Audio.Tests.Transforms.Waveform;

public class WaveformTransformTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddAudioTransforms();

    private static AudioClip Run(string pipeline, AudioClip clip, ulong seed = 1) =>
        Registry.Parse<AudioClip>(pipeline).Apply(clip, new AugmentContext(Rng.ForSample(seed, 0, 0)));

    private static AudioClip Chirp(int sr, double seconds, int channels = 1)
    {
        int n = (int)(sr * seconds);
        var x = new float[n * channels];
        for (int c = 0; c < channels; c++)
        {
            for (int i = 0; i < n; i++)
            {
                double t = (double)i / sr;
                x[(c * n) + i] = (float)(0.4 * Math.Sin(2 * Math.PI * ((200 * t) + (300 * t * t) + c)));
            }
        }

        return new AudioClip(x, channels, sr);
    }

    [Fact]
    public void GainIsExactToOneLsbOn16BitPcm()
    {
        var pcm = WavCodec.Decode(WavCodec.Encode(Chirp(16000, 0.5), WavSampleFormat.Pcm16));
        var y = WavCodec.Decode(WavCodec.Encode(Run("gain(db=-6)", pcm)));
        double g = Math.Pow(10, -6.0 / 20);
        for (int i = 0; i < pcm.Length; i++)
        {
            double exact = Math.Round(pcm.Samples[i] * 32768.0 * g);
            // One least significant bit: the float32 product can land on the other side of a .5 rounding tie.
            Assert.True(Math.Abs((y.Samples[i] * 32768.0) - exact) <= 1, $"sample {i}");
        }

        Assert.Equal(WavSampleFormat.Pcm16, y.Format);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(1.25)]
    [InlineData(1.7)]
    public void TimeStretchChangesLengthByOneOverRateWithinOneHop(double rate)
    {
        var clip = Chirp(16000, 1.0, 2);
        var y = Run($"time_stretch(rate={rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}, leave_length_unchanged=false)", clip);
        Assert.InRange(y.Length, (clip.Length / rate) - PhaseVocoder.Hop, (clip.Length / rate) + PhaseVocoder.Hop);
        Assert.Equal(2, y.Channels);
        Assert.Equal(clip.Length, Run($"time_stretch(rate={rate.ToString(System.Globalization.CultureInfo.InvariantCulture)})", clip).Length);
    }

    [Fact]
    public void TimeStretchKeepsPitch()
    {
        var tone = Fixture.Tone(16000, 1.0, 1000);
        var y = Run("time_stretch(rate=1.25, leave_length_unchanged=false)", tone);
        Assert.InRange(DominantHz(y), 980, 1020);
        var shifted = Run("pitch_shift(semitones=12)", tone);
        Assert.Equal(tone.Length, shifted.Length);
        Assert.InRange(DominantHz(shifted), 1960, 2040);
    }

    private static double DominantHz(AudioClip clip)
    {
        // Count zero crossings in the middle half (edges carry vocoder transients).
        var x = clip.Channel(0);
        int a = x.Length / 4, b = 3 * x.Length / 4, crossings = 0;
        for (int i = a + 1; i < b; i++)
        {
            crossings += (x[i - 1] < 0) != (x[i] < 0) ? 1 : 0;
        }

        return crossings / 2.0 / ((double)(b - a) / clip.SampleRate);
    }

    [Theory]
    [InlineData(5.0)]
    [InlineData(20.0)]
    [InlineData(40.0)]
    public void GaussianSnrHitsTheTargetWithinATenthOfADb(double snr)
    {
        var clip = Chirp(16000, 10.0, 1);
        var y = Run($"add_gaussian_snr(snr_db={snr.ToString(System.Globalization.CultureInfo.InvariantCulture)})", clip);
        var noise = new float[clip.Length];
        for (int i = 0; i < noise.Length; i++)
        {
            noise[i] = y.Samples[i] - clip.Samples[i];
        }

        // 160000 Gaussian samples: the measured noise power deviates from its target by ~sqrt(2 / N) = 0.35%,
        // 0.015 dB; 0.1 dB is the bound.
        Assert.Equal(snr, Levels.SnrDb(clip.Samples, noise), 0.1);
    }

    [Fact]
    public void BackgroundNoiseHitsTheTargetSnr()
    {
        string dir = Path.Combine(Path.GetTempPath(), "sa-noise-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            var rng = new Rng(9);
            var noise = new float[48000];
            for (int i = 0; i < noise.Length; i++)
            {
                noise[i] = (float)rng.Normal(0, 0.2);
            }

            WavCodec.Save(AudioClip.Mono(noise, 16000), Path.Combine(dir, "n.wav"));
            var clip = Chirp(16000, 1.0);
            var y = Run($"add_background_noise(sounds_path=\"{dir}\", snr_db=12)", clip);
            var added = new float[clip.Length];
            for (int i = 0; i < added.Length; i++)
            {
                added[i] = y.Samples[i] - clip.Samples[i];
            }

            // The noise segment is scaled to the exact RMS; only float32 rounding of the sums remains.
            Assert.Equal(12, Levels.SnrDb(clip.Samples, added), 0.01);
            Assert.Throws<TransformParameterException>(() => Run($"add_background_noise(sounds_path=\"{Path.Combine(dir, "missing")}\")", clip));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void ImpulseResponseOfADelayedUnitImpulseDelaysTheSignal()
    {
        string dir = Path.Combine(Path.GetTempPath(), "sa-ir-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            var ir = new float[10];
            ir[3] = 0.5f;
            WavCodec.Save(AudioClip.Mono(ir, 16000), Path.Combine(dir, "ir.wav"));
            var clip = Chirp(16000, 0.1);
            var y = Run($"apply_impulse_response(ir_path=\"{dir}\")", clip);
            Assert.Equal(clip.Length, y.Length);
            for (int i = 3; i < clip.Length; i++)
            {
                // FFT round-off on a 2048-point transform stays below 1e-6 of full scale.
                Assert.Equal(0.5 * clip.Samples[i - 3], y.Samples[i], 6);
            }

            Assert.Equal(clip.Length + 9, Run($"apply_impulse_response(ir_path=\"{dir}\", leave_length_unchanged=false)", clip).Length);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void SimpleTransformsDoWhatTheySay()
    {
        var clip = Chirp(16000, 0.5, 2);
        Assert.Equal(clip.Samples.Select(x => -x), Run("polarity_inversion", clip).Samples);
        var rev = Run("reverse", clip);
        Assert.Equal(clip.Samples[0], rev.Samples[clip.Length - 1]);
        Assert.Equal(1f, Run("peak_normalize", clip).Samples.Max(Math.Abs), 6);
        var shifted = Run("shift(shift=100, unit=samples, fade_duration=0)", clip);
        Assert.Equal(clip.Samples[0], shifted.Samples[100]);
        Assert.Equal(clip.Samples[clip.Length - 1], shifted.Samples[99]);
        var noRoll = Run("shift(shift=-0.25, rollover=false, fade_duration=0)", clip);
        Assert.All(noRoll.Samples.AsSpan(clip.Length - 2000, 2000).ToArray(), x => Assert.Equal(0f, x));
        var padded = Run("adjust_duration(duration_seconds=0.75)", clip);
        Assert.Equal(12000, padded.Length);
        Assert.Equal(0f, padded.Samples[11999]);
        var trimmed = Run("adjust_duration(duration_samples=1000)", clip);
        Assert.Equal(1000, trimmed.Length);
        var wrapped = Run("adjust_duration(duration_samples=8100, padding_mode=wrap)", clip);
        Assert.Equal(clip.Samples[0], wrapped.Samples[8000]);
        Assert.Throws<TransformParameterException>(() => Registry.Parse<AudioClip>("adjust_duration"));
    }

    [Fact]
    public void TimeMaskSilencesItsRegionOnly()
    {
        var clip = Chirp(16000, 0.5);
        var t = (TimeMask)Registry.Parse<AudioClip>("time_mask(band_part=0.1..0.2, fade_duration=0)");
        var p = t.SampleParams(clip, new Rng(4));
        Assert.InRange(p.Length, 800, 1600);
        var y = t.Apply(clip, p);
        for (int i = 0; i < clip.Length; i++)
        {
            bool inside = i >= p.Start && i < p.Start + p.Length;
            Assert.Equal(inside ? 0f : clip.Samples[i], y.Samples[i]);
        }
    }

    [Fact]
    public void ClippingDistortionClipsThePercentiles()
    {
        var clip = AudioClip.Mono(Enumerable.Range(0, 101).Select(i => (i - 50) / 50f).ToArray(), 1000);
        var y = Run("clipping_distortion(percentile_threshold=20)", clip);
        Assert.Equal(-0.8f, y.Samples.Min(), 6);
        Assert.Equal(0.8f, y.Samples.Max(), 6);
    }

    [Fact]
    public void FiltersAttenuateOutsideTheirBand()
    {
        var low = Fixture.Tone(16000, 1.0, 100);
        var high = Fixture.Tone(16000, 1.0, 6000);
        double Rms(AudioClip c) => Levels.Rms(c.Samples.AsSpan(4000));
        // A 4th-order filter one octave or more past its corner: at least 20 dB down (the design gives ~24 dB per octave).
        Assert.True(Rms(Run("low_pass_filter(cutoff_freq=1000, rolloff=24)", high)) < 0.1 * Rms(high));
        Assert.True(Rms(Run("low_pass_filter(cutoff_freq=1000, rolloff=24)", low)) > 0.9 * Rms(low));
        Assert.True(Rms(Run("high_pass_filter(cutoff_freq=1000, rolloff=24)", low)) < 0.1 * Rms(low));
        Assert.True(Rms(Run("high_pass_filter(cutoff_freq=1000, rolloff=24, zero_phase=true)", high)) > 0.9 * Rms(high));
        var band = Run("band_pass_filter(center_freq=1000, bandwidth_fraction=0.5, rolloff=24)", low);
        Assert.True(Rms(band) < 0.1 * Rms(low));
        Assert.Throws<TransformParameterException>(() => Registry.Parse<AudioClip>("low_pass_filter(rolloff=10)"));
    }

    [Fact]
    public void ResampleAndSpeedChangeRateOrLength()
    {
        var clip = Chirp(16000, 0.5, 2);
        var r = Run("resample(sample_rate=8000)", clip);
        Assert.Equal(8000, r.SampleRate);
        Assert.Equal(4000, r.Length);
        var fast = Run("speed(factors=[1.1])", clip);
        Assert.Equal(16000, fast.SampleRate);
        Assert.Equal((int)Math.Ceiling(8000 / 1.1), fast.Length);
    }

    [Fact]
    public void EveryWaveformTransformIsDeterministicPerSeedAndLeavesItsInputAlone()
    {
        var clip = Chirp(16000, 0.3, 2);
        var before = (float[])clip.Samples.Clone();
        string[] pipelines =
        [
            "gain", "add_gaussian_noise", "add_gaussian_snr", "shift", "time_mask", "polarity_inversion", "reverse",
            "resample(sample_rate=8000..16000)", "speed", "time_stretch", "pitch_shift", "low_pass_filter", "high_pass_filter",
            "band_pass_filter", "clipping_distortion", "peak_normalize", "adjust_duration(duration_seconds=0.2)",
        ];
        foreach (string p in pipelines)
        {
            var a = Run(p, clip, 7);
            var b = Run(p, clip, 7);
            Assert.Equal(a.Samples, b.Samples);
            Assert.Equal(before, clip.Samples);
        }

        var registered = Registry.Descriptors.Where(d => d.TargetType == typeof(AudioClip)).Select(d => d.Name).ToHashSet();
        registered.ExceptWith(pipelines.Select(p => p.Split('(')[0]));
        Assert.Equal(new[] { "add_background_noise", "apply_impulse_response" }.ToHashSet(), registered);
    }

    [Fact]
    public void ReplayedParametersReproduceTheOutput()
    {
        var clip = Chirp(16000, 0.3);
        var t = Registry.Parse<AudioClip>("gain | add_gaussian_noise | shift | time_mask");
        var tape = new List<SampledStep>();
        var a = t.Apply(clip, new AugmentContext(new Rng(3), tape));
        var b = t.Apply(clip, AugmentContext.ForReplay(tape));
        Assert.Equal(a.Samples, b.Samples);
    }
}
