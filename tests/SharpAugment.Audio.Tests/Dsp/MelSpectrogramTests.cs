using SharpAugment.Audio.Dsp;

namespace SharpAugment.Audio.Tests.Dsp;

public class MelSpectrogramTests
{
    // The bound: 1e-4 relative. References are float64 torchaudio results stored as float32
    // (6e-8 relative rounding), so the bound measures our STFT/filterbank error. Cells far below the
    // spectrogram's peak are compared with an absolute floor of 1e-9 x peak: there both sides are
    // float64 round-off of near-zero sums, where a relative comparison is meaningless.
    private const double Relative = 1e-4;
    private const double FloorOfPeak = 1e-9;

    private static void AssertClose(float[] expected, int[] shape, Spectrogram actual)
    {
        Assert.Equal(shape, new[] { actual.Channels, actual.Bins, actual.Frames });
        double peak = expected.Max(Math.Abs);
        for (int i = 0; i < expected.Length; i++)
        {
            double tol = Math.Max(Relative * Math.Abs(expected[i]), FloorOfPeak * peak);
            Assert.True(Math.Abs(actual.Values[i] - expected[i]) <= tol, $"cell {i}: {actual.Values[i]} vs torchaudio {expected[i]}");
        }
    }

    [Fact]
    public void DefaultsMatchTorchaudioOnStereo()
    {
        var clip = Fixture.Clip("stereo16k.npy", 16000);
        var (expected, shape) = Fixture.Npy("mel_default.npy");
        AssertClose(expected, shape, new MelSpectrogram(new MelSpectrogramSettings()).Compute(clip));
    }

    [Fact]
    public void SlaneyMagnitudeShortWindowMatchesTorchaudio()
    {
        var clip = Fixture.Clip("tone16k.npy", 16000);
        var (expected, shape) = Fixture.Npy("mel_slaney.npy");
        var settings = new MelSpectrogramSettings
        {
            NFft = 512, WinLength = 400, HopLength = 128, NMels = 64, FMin = 50, FMax = 7000, Power = 1,
            Norm = MelNorm.Slaney, MelScale = MelScale.Slaney,
        };
        AssertClose(expected, [1, .. shape], new MelSpectrogram(settings).Compute(clip));
    }

    [Fact]
    public void FilterbankFollowsTheSampleRate()
    {
        var clip = Fixture.Clip("tone22k.npy", 22050);
        var (expected, shape) = Fixture.Npy("mel_22050.npy");
        AssertClose(expected, [1, .. shape], new MelSpectrogram(new MelSpectrogramSettings { SampleRate = 22050 }).Compute(clip));
    }

    [Fact]
    public void DecibelsWithTopDbMatchTorchaudio()
    {
        var clip = Fixture.Clip("stereo16k.npy", 16000);
        var (expected, _) = Fixture.Npy("mel_default_db.npy");
        var db = Decibels.FromPower(new MelSpectrogram(new MelSpectrogramSettings()).Compute(clip), topDb: 80);
        for (int i = 0; i < expected.Length; i++)
        {
            // 1e-4 relative in power is 4.3e-4 dB; 1e-3 dB leaves room for float32 storage of both.
            Assert.True(Math.Abs(db.Values[i] - expected[i]) <= 1e-3, $"cell {i}: {db.Values[i]} vs {expected[i]}");
        }
    }

    [Fact]
    public void WrongSampleRateAndTooShortSignalAreClearErrors()
    {
        var mel = new MelSpectrogram(new MelSpectrogramSettings());
        var e = Assert.Throws<ArgumentException>(() => mel.Compute(Fixture.Tone(8000, 0.1, 440)));
        Assert.Contains("8000", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => mel.Compute(AudioClip.Mono(new float[100], 16000)));
        Assert.Throws<ArgumentException>(() => new MelSpectrogram(new MelSpectrogramSettings { NMels = 0 }));
    }

    [Fact]
    public void SineEnergyLandsInItsMelBand()
    {
        var clip = Fixture.Tone(16000, 0.5, 1000);
        var s = new MelSpectrogram(new MelSpectrogramSettings()).Compute(clip);
        int frame = s.Frames / 2, best = 0;
        for (int m = 1; m < s.Bins; m++)
        {
            best = s[0, m, frame] > s[0, best, frame] ? m : best;
        }

        double centre = MelFilterBank.MelToHz(MelFilterBank.HzToMel(8000, MelScale.Htk) * (best + 1) / 129.0, MelScale.Htk);
        Assert.InRange(centre, 900, 1100);
    }
}
