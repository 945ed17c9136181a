using SharpAugment.Audio.Dsp;
using SharpAugment.Audio.IO;
using SharpAugment.Cli;

namespace SharpAugment.Audio.Tests.Cli.Commands;

public sealed class AudioCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sa-audio-cli-" + Guid.NewGuid().ToString("N"));

    public AudioCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void FullRegistryHoldsTheAudioTransformsWithoutNameClashes()
    {
        // One flat name table serves every package: an audio name equal to an image or text one fails here.
        var registry = Registries.CreateFull();
        Assert.Equal(typeof(AudioClip), registry.Get("peak_normalize").TargetType);
        Assert.Equal(typeof(Spectrogram), registry.Get("spec_augment").TargetType);
    }

    [Fact]
    public void FolderRunWritesEveryGoodFileReportsTheBadOneAndKeepsFormats()
    {
        string input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        WavCodec.Save(Fixture.Tone(16000, 0.2, 440), Path.Combine(input, "a.wav"), WavSampleFormat.Pcm16);
        WavCodec.Save(Fixture.Tone(8000, 0.2, 300, 2), Path.Combine(input, "sub", "b.wav"), WavSampleFormat.Pcm24);
        File.WriteAllBytes(Path.Combine(input, "bad.wav"), [1, 2, 3]);
        var before = Directory.GetFiles(input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        string output = Path.Combine(_dir, "out");

        int code = Program.Main(["audio", input, output, "--pipeline", "gain(db=-6) | add_gaussian_snr(snr_db=30)", "--copies", "2", "--seed", "4"]);

        Assert.Equal(1, code);
        Assert.Equal(WavSampleFormat.Pcm16, WavCodec.Load(Path.Combine(output, "a_0.wav")).Format);
        Assert.Equal(WavSampleFormat.Pcm24, WavCodec.Load(Path.Combine(output, "sub", "b_1.wav")).Format);
        Assert.Equal(2, WavCodec.Load(Path.Combine(output, "sub", "b_0.wav")).Channels);
        Assert.False(File.Exists(Path.Combine(output, "bad_0.wav")));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(output, "a_0.wav")), File.ReadAllBytes(Path.Combine(output, "a_1.wav")));
        foreach (var (path, bytes) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
    }

    [Fact]
    public void SameSeedSameBytesAndFormatCanBeChanged()
    {
        string input = Path.Combine(_dir, "x.wav");
        WavCodec.Save(Fixture.Tone(16000, 0.3, 440), input, WavSampleFormat.Pcm16);
        string a = Path.Combine(_dir, "a.wav"), b = Path.Combine(_dir, "b.wav");
        Assert.Equal(0, Program.Main(["audio", input, a, "-p", "time_mask | shift | add_gaussian_noise", "-s", "9"]));
        Assert.Equal(0, Program.Main(["audio", input, b, "-p", "time_mask | shift | add_gaussian_noise", "-s", "9", "--format", "float32"]));
        Assert.Equal(WavSampleFormat.Float32, WavCodec.Load(b).Format);
        Assert.Equal(0, Program.Main(["audio", input, b, "-p", "time_mask | shift | add_gaussian_noise", "-s", "9"]));
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        var original = File.ReadAllBytes(input);
        Assert.Equal(1, Program.Main(["audio", input, input, "-p", "gain"]));
        Assert.Equal(original, File.ReadAllBytes(input));
    }

    [Fact]
    public void SpectrogramNpyEqualsTheApiAndPngIsWritten()
    {
        string input = Path.Combine(_dir, "s.wav");
        var clip = Fixture.Tone(22050, 0.4, 700, 2);
        WavCodec.Save(clip, input, WavSampleFormat.Float32);
        string npy = Path.Combine(_dir, "s.npy"), png = Path.Combine(_dir, "s.png");
        Assert.Equal(0, Program.Main(["spectrogram", input, npy, "--n-mels", "64"]));
        var (values, shape) = NpyFile.Decode(File.ReadAllBytes(npy));
        var expected = new MelSpectrogram(new MelSpectrogramSettings { SampleRate = 22050, NMels = 64 }).Compute(clip);
        Assert.Equal(new[] { 2, 64, expected.Frames }, shape);
        Assert.Equal(expected.Values, values);
        Assert.Equal(0, Program.Main(["spectrogram", input, png, "--pipeline", "spec_augment(policy=SS)", "--pixel-scale", "1"]));
        var image = SharpAugment.Imaging.Skia.ImageCodec.Load(png);
        Assert.Equal((expected.Frames, 2 * 128), (image.Width, image.Height));
        Assert.Equal(2, Program.Main(["spectrogram", input, Path.Combine(_dir, "s.jpg")]));
    }
}
