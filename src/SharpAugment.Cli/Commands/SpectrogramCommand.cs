using System.ComponentModel;
using SharpAugment.Audio;
using SharpAugment.Audio.Dsp;
using SharpAugment.Audio.IO;
using SharpAugment.Imaging.Skia;
using SharpAugment.IO;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment spectrogram IN.wav OUT.(npy|png)</c>: the mel spectrogram as torchaudio computes it, optionally through a SpecAugment pipeline.</summary>
public sealed class SpectrogramCommand : Command<SpectrogramCommand.Settings>
{
    /// <summary>Options of <c>spectrogram</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The input WAV.</summary>
        [CommandArgument(0, "<INPUT>")]
        [Description("Input WAV file.")]
        public string Input { get; init; } = string.Empty;

        /// <summary>The output file.</summary>
        [CommandArgument(1, "<OUTPUT>")]
        [Description(".npy: float32 mel power spectrogram (channels, mels, frames); .png: log-mel picture.")]
        public string Output { get; init; } = string.Empty;

        /// <summary>FFT size.</summary>
        [CommandOption("--n-fft <N>")]
        [Description("FFT size (default 400).")]
        public int NFft { get; init; } = 400;

        /// <summary>Hop length.</summary>
        [CommandOption("--hop <N>")]
        [Description("Hop between frames (default 200).")]
        public int Hop { get; init; } = 200;

        /// <summary>Mel bands.</summary>
        [CommandOption("--n-mels <N>")]
        [Description("Number of mel bands (default 128).")]
        public int NMels { get; init; } = 128;

        /// <summary>Write decibels to .npy instead of power.</summary>
        [CommandOption("--db")]
        [Description("Write 10 log10(power) with top_db 80 to .npy (a .png is always in dB).")]
        public bool Db { get; init; }

        /// <summary>The spectrogram pipeline.</summary>
        [CommandOption("-p|--pipeline <TEXT>")]
        [Description("Spectrogram pipeline, e.g. \"spec_augment(policy=LD)\"; applied to what is written (power for .npy, dB for .png).")]
        public string? Pipeline { get; init; }

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <N>")]
        [Description("Random seed (default 0).")]
        public ulong Seed { get; init; }

        /// <summary>Pixels per cell in the picture.</summary>
        [CommandOption("--pixel-scale <N>")]
        [Description("Pixels per spectrogram cell in a .png (default 2).")]
        public int PixelScale { get; init; } = 2;
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string ext = Path.GetExtension(settings.Output).ToLowerInvariant();
        if (ext is not (".npy" or ".png"))
        {
            throw new ArgumentException($"spectrogram: OUTPUT must end in .npy or .png, not '{ext}'.");
        }

        if (settings.PixelScale is < 1 or > 16)
        {
            throw new ArgumentException($"spectrogram: --pixel-scale = {settings.PixelScale} is invalid; allowed: [1, 16].");
        }

        OutputGuard.EnsureDiffers("spectrogram", settings.Output, settings.Input);

        var pipeline = string.IsNullOrWhiteSpace(settings.Pipeline) ? null : Registries.CreateFull().Parse<Spectrogram>(settings.Pipeline);
        var clip = WavCodec.Load(settings.Input);
        var mel = new MelSpectrogram(new MelSpectrogramSettings
        {
            SampleRate = clip.SampleRate, NFft = settings.NFft, HopLength = settings.Hop, NMels = settings.NMels,
        });
        var spec = mel.Compute(clip);
        bool db = settings.Db || ext == ".png";
        if (db)
        {
            spec = Decibels.FromPower(spec, topDb: 80);
        }

        if (pipeline is not null)
        {
            spec = pipeline.Apply(spec, new AugmentContext(Rng.ForSample(settings.Seed, 0, 0)));
        }

        byte[] bytes = ext == ".npy"
            ? NpyFile.Encode(spec.Values, [spec.Channels, spec.Bins, spec.Frames])
            : ImageCodec.EncodePng(SpectrogramPicture.Render(spec, settings.PixelScale));
        AtomicFile.WriteAllBytes(settings.Output, bytes);
        Console.Out.WriteLine($"spectrogram: {settings.Input} ({clip.Channels} ch, {clip.SampleRate} Hz, {clip.Duration:0.###} s) -> {settings.Output} shape ({spec.Channels}, {spec.Bins}, {spec.Frames}){(db ? " dB" : " power")}");
        return 0;
    }
}
