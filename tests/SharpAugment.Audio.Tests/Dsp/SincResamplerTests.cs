using SharpAugment.Audio.Dsp;

namespace SharpAugment.Audio.Tests.Dsp;

public class SincResamplerTests
{
    [Theory]
    [InlineData(8000, "resample_16000_8000.npy")]
    [InlineData(22050, "resample_16000_22050.npy")]
    [InlineData(14400, "resample_16000_14400.npy")]
    public void MatchesTorchaudioResample(int rate, string fixture)
    {
        var chirp = new AudioClip(Fixture.Npy("stereo16k.npy").Values[..8000], 1, 16000);
        var (expected, _) = Fixture.Npy(fixture);
        var y = SincResampler.Resample(chirp, rate);
        Assert.Equal(expected.Length, y.Length);
        Assert.Equal(rate, y.SampleRate);
        for (int i = 0; i < expected.Length; i++)
        {
            // Same kernel formula in float64 on both sides; 1e-5 absolute (signal peak 0.6) covers float32 storage and summation order.
            Assert.True(Math.Abs(y.Samples[i] - expected[i]) <= 1e-5, $"sample {i}: {y.Samples[i]} vs torchaudio {expected[i]}");
        }
    }
}
