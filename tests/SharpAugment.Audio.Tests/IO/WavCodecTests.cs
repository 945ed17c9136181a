using System.Buffers.Binary;
using SharpAugment.Audio.IO;

namespace SharpAugment.Audio.Tests.IO;

public class WavCodecTests
{
    [Theory]
    [InlineData("scipy_u8.wav", WavSampleFormat.Pcm8, 128.0)]
    [InlineData("scipy_i16.wav", WavSampleFormat.Pcm16, 32768.0)]
    [InlineData("scipy_i32.wav", WavSampleFormat.Pcm32, 2147483648.0)]
    [InlineData("scipy_f32.wav", WavSampleFormat.Float32, 0.0)]
    [InlineData("scipy_f64.wav", WavSampleFormat.Float64, 0.0)]
    public void ReadsScipyFiles(string file, WavSampleFormat format, double fullScale)
    {
        // scipy wrote round(x * (fullScale - 1)) and we read n / fullScale: expect x * (fullScale - 1) / fullScale within
        // half a step (0.5 / fullScale), plus float32 epsilon-scale rounding (1e-7) for every format.
        double scale = fullScale == 0 ? 1 : (fullScale - 1) / fullScale;
        double tolerance = fullScale == 0 ? 0 : 0.5 / fullScale;
        var clip = WavCodec.Load(Fixture.Path(file));
        var (expected, _) = Fixture.Npy("scipy_ramp.npy");
        Assert.Equal(format, clip.Format);
        Assert.Equal(3, clip.Channels);
        Assert.Equal(50, clip.Length);
        Assert.Equal(8000, clip.SampleRate);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(clip.Samples[i] - (expected[i] * scale)) <= tolerance + 1e-7, $"{file} sample {i}: {clip.Samples[i]} vs {expected[i]}");
        }
    }

    [Theory]
    [InlineData(WavSampleFormat.Pcm8, 1)]
    [InlineData(WavSampleFormat.Pcm16, 2)]
    [InlineData(WavSampleFormat.Pcm24, 1)]
    [InlineData(WavSampleFormat.Pcm32, 3)]
    [InlineData(WavSampleFormat.Float32, 2)]
    [InlineData(WavSampleFormat.Float64, 6)]
    public void RoundTripsEveryFormatBitExactly(WavSampleFormat format, int channels)
    {
        var clip = Fixture.Tone(16000, 0.01, 440, channels);
        var once = WavCodec.Decode(WavCodec.Encode(clip, format));
        Assert.Equal(format, once.Format);
        Assert.Equal(channels, once.Channels);
        var twice = WavCodec.Decode(WavCodec.Encode(once));
        Assert.Equal(once.Samples, twice.Samples);
        // One decode loses at most half a quantisation step; float formats are exact for float input.
        double step = format switch { WavSampleFormat.Pcm8 => 1.0 / 128, WavSampleFormat.Pcm16 => 1.0 / 32768, WavSampleFormat.Pcm24 => 1.0 / 8388608, _ => 1e-7 };
        for (int i = 0; i < clip.Samples.Length; i++)
        {
            Assert.True(Math.Abs(once.Samples[i] - clip.Samples[i]) <= (step / 2) + 1e-7);
        }
    }

    [Fact]
    public void ExtensibleHeaderIsWrittenForManyChannelsAnd24Bit()
    {
        var bytes = WavCodec.Encode(Fixture.Tone(8000, 0.01, 100, 3), WavSampleFormat.Pcm16);
        Assert.Equal(0xFFFE, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)));
        var b24 = WavCodec.Encode(Fixture.Tone(8000, 0.01, 100, 1), WavSampleFormat.Pcm24);
        Assert.Equal(0xFFFE, BinaryPrimitives.ReadUInt16LittleEndian(b24.AsSpan(20)));
        Assert.Equal(WavSampleFormat.Pcm24, WavCodec.Decode(b24).Format);
    }

    [Fact]
    public void ClipsOutOfRangeSamplesAndRoundsToNearest()
    {
        var clip = AudioClip.Mono([2f, -2f, 0.5f / 32768, 1.5f / 32768, -1.5f / 32768], 8000);
        var d = WavCodec.Decode(WavCodec.Encode(clip, WavSampleFormat.Pcm16));
        Assert.Equal(new[] { 32767 / 32768f, -1f, 1 / 32768f, 2 / 32768f, -2 / 32768f }, d.Samples);
    }

    [Fact]
    public void TruncatedAndUnsupportedFilesGiveClearErrors()
    {
        var good = WavCodec.Encode(Fixture.Tone(8000, 0.01, 100), WavSampleFormat.Pcm16);
        var e = Assert.Throws<InvalidDataException>(() => WavCodec.Decode(good.AsSpan(0, good.Length - 10)));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => WavCodec.Decode(good.AsSpan(0, 30))).Message, StringComparison.Ordinal);
        Assert.Contains("not a WAV", Assert.Throws<InvalidDataException>(() => WavCodec.Decode("RIFX0000WAVE"u8)).Message, StringComparison.Ordinal);
        var alaw = (byte[])good.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(alaw.AsSpan(20), 6);
        Assert.Contains("unsupported sample format", Assert.Throws<InvalidDataException>(() => WavCodec.Decode(alaw)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NpyRoundTrips()
    {
        float[] v = [1, 2, 3, 4, 5, 6];
        var (back, shape) = NpyFile.Decode(NpyFile.Encode(v, [1, 2, 3]));
        Assert.Equal(v, back);
        Assert.Equal(new[] { 1, 2, 3 }, shape);
    }
}
