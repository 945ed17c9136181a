using System.ComponentModel;
using System.Globalization;
using SharpAugment.Audio;
using SharpAugment.Audio.IO;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment audio IN OUT --pipeline TEXT [--copies N] [--seed S]</c>: augments one WAV file or every WAV file of a folder.</summary>
public sealed class AudioCommand : Command<AudioCommand.Settings>
{
    /// <summary>Options of <c>audio</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>A WAV file or a folder.</summary>
        [CommandArgument(0, "<INPUT>")]
        [Description("A WAV file, or a folder searched recursively for .wav files.")]
        public string Input { get; init; } = string.Empty;

        /// <summary>The output file (for a file input) or folder (for a folder input).</summary>
        [CommandArgument(1, "<OUTPUT>")]
        [Description("Output WAV file (file input) or folder (folder input; the sub-folders are mirrored).")]
        public string Output { get; init; } = string.Empty;

        /// <summary>The waveform pipeline.</summary>
        [CommandOption("-p|--pipeline <TEXT>")]
        [Description("The pipeline, e.g. \"gain(db=-6) | add_gaussian_snr(snr_db=10..30) | time_stretch(p=0.5)\".")]
        public string Pipeline { get; init; } = string.Empty;

        /// <summary>Augmented copies per input.</summary>
        [CommandOption("-n|--copies <N>")]
        [Description("Augmented copies per input (default 1); copy k is written as NAME_k.wav when N > 1.")]
        public int Copies { get; init; } = 1;

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <N>")]
        [Description("Random seed (default 0): copy k of file i always gets Rng.ForSample(seed, k, i).")]
        public ulong Seed { get; init; }

        /// <summary>The written sample format, default that of each input.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("Output sample format: pcm8, pcm16, pcm24, pcm32, float32 or float64 (default: the input's).")]
        public string? Format { get; init; }

        /// <inheritdoc/>
        public override Spectre.Console.ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Pipeline))
            {
                return Spectre.Console.ValidationResult.Error("audio: --pipeline is required");
            }

            return Copies is < 1 or > 100000
                ? Spectre.Console.ValidationResult.Error($"audio: --copies = {Copies} is invalid; allowed: [1, 100000]")
                : Spectre.Console.ValidationResult.Success();
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        WavSampleFormat? format = settings.Format is null ? null : ParseFormat(settings.Format);
        var pipeline = Registries.CreateFull().Parse<AudioClip>(settings.Pipeline);
        var jobs = ListJobs(settings.Input, settings.Output);
        var failures = new List<string>();
        int written = 0;
        for (int i = 0; i < jobs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (input, output) = jobs[i];
            try
            {
                var clip = WavCodec.Load(input);
                for (int k = 0; k < settings.Copies; k++)
                {
                    string target = settings.Copies == 1 ? output : Path.Combine(Path.GetDirectoryName(output)!, Path.GetFileNameWithoutExtension(output) + "_" + k.ToString(CultureInfo.InvariantCulture) + ".wav");
                    OutputGuard.EnsureDiffers("audio", target, input);

                    var result = pipeline.Apply(clip, new AugmentContext(Rng.ForSample(settings.Seed, k, i)));
                    WavCodec.Save(result, target, format);
                    written++;
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException or UnauthorizedAccessException)
            {
                failures.Add($"{input}: {e.Message}");
            }
        }

        Console.Out.WriteLine($"audio: wrote {written} file(s) from {jobs.Count} input(s), {failures.Count} failed.");
        foreach (string f in failures)
        {
            Console.Error.WriteLine("failed: " + f);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Pairs each input WAV with its output path: one pair for a file, the mirrored tree for a folder.</summary>
    internal static List<(string Input, string Output)> ListJobs(string input, string output)
    {
        if (File.Exists(input))
        {
            if (Directory.Exists(output))
            {
                output = Path.Combine(output, Path.GetFileName(input));
            }

            return [(input, output)];
        }

        if (!Directory.Exists(input))
        {
            throw new FileNotFoundException($"audio: input {input} is neither a file nor a folder.", input);
        }

        if (File.Exists(output))
        {
            throw new ArgumentException($"audio: the input is a folder, so OUTPUT ({output}) must be a folder, not a file.");
        }

        var files = Directory.GetFiles(input, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".wav", StringComparison.OrdinalIgnoreCase)).ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"audio: no .wav files under {input}.", input);
        }

        return files.Select(f => (f, Path.Combine(output, Path.GetRelativePath(input, f)))).ToList();
    }

    /// <summary>Reads a --format word.</summary>
    internal static WavSampleFormat ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "pcm8" or "u8" => WavSampleFormat.Pcm8,
        "pcm16" or "s16" => WavSampleFormat.Pcm16,
        "pcm24" or "s24" => WavSampleFormat.Pcm24,
        "pcm32" or "s32" => WavSampleFormat.Pcm32,
        "float32" or "f32" => WavSampleFormat.Float32,
        "float64" or "f64" => WavSampleFormat.Float64,
        _ => throw new ArgumentException($"audio: --format = {text} is invalid; allowed: pcm8, pcm16, pcm24, pcm32, float32, float64."),
    };
}
