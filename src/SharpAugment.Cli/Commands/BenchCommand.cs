using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpAugment.Bench;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.IO;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment bench --images DIR --size 512 --seconds S --threads 1 --json OUT</c>: images per second of every listed transform, the figures bench/peers compare with.</summary>
public sealed class BenchCommand : Command<BenchCommand.Settings>
{
    /// <summary>Options of <c>bench</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Folder of input images.</summary>
        [CommandOption("--images <DIR>")]
        [Description("Folder of .png/.jpg images, loaded as RGB, centre-cropped square and resized to --size.")]
        public string Images { get; init; } = string.Empty;

        /// <summary>Side of the prepared square images.</summary>
        [CommandOption("--size <N>")]
        [Description("Side of the prepared images (default 512).")]
        public int Size { get; init; } = 512;

        /// <summary>Minimum timed seconds per transform.</summary>
        [CommandOption("--seconds <S>")]
        [Description("Minimum timed seconds per transform (default 2).")]
        public double Seconds { get; init; } = 2;

        /// <summary>Threads running the loop.</summary>
        [CommandOption("--threads <N>")]
        [Description("Threads each running the timing loop (default 1, the issue's setting).")]
        public int Threads { get; init; } = 1;

        /// <summary>Output JSON file.</summary>
        [CommandOption("--json <OUT>")]
        [Description("Write {\"meta\": ..., \"results\": {name: images per second}} here.")]
        public string? Json { get; init; }

        /// <summary>Only these cases.</summary>
        [CommandOption("--only <NAMES>")]
        [Description("Comma-separated case names to run (default: all).")]
        public string? Only { get; init; }

        /// <summary>Where to write the prepared images for the peers.</summary>
        [CommandOption("--save-prepared <DIR>")]
        [Description("Also write the prepared size x size RGB images as PNG here, so peers time the very same pixels.")]
        public string? SavePrepared { get; init; }

        /// <summary>Seed of the per-call random streams.</summary>
        [CommandOption("--seed <N>")]
        [Description("Seed of the per-call random streams (default 0).")]
        public ulong Seed { get; init; }

        /// <inheritdoc/>
        public override Spectre.Console.ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Images))
            {
                return Spectre.Console.ValidationResult.Error("bench: --images is required");
            }

            if (Size is < 8 or > 8192)
            {
                return Spectre.Console.ValidationResult.Error($"bench: --size {Size} is out of range; allowed 8..8192");
            }

            if (!(Seconds > 0 && Seconds <= 3600))
            {
                return Spectre.Console.ValidationResult.Error($"bench: --seconds {Seconds.ToString(CultureInfo.InvariantCulture)} is out of range; allowed (0, 3600]");
            }

            return Threads is < 1 or > 256
                ? Spectre.Console.ValidationResult.Error($"bench: --threads {Threads} is out of range; allowed 1..256")
                : Spectre.Console.ValidationResult.Success();
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var files = BenchImages.Files(settings.Images);
        var images = new List<Image<byte>>();
        var failures = new List<string>();
        foreach (var f in files)
        {
            try
            {
                images.Add(BenchImages.Load(f, settings.Size));
            }
            catch (InvalidDataException e)
            {
                failures.Add($"{f}: {e.Message}");
            }
        }

        if (images.Count == 0)
        {
            throw new InvalidDataException("bench: no image could be loaded from " + settings.Images);
        }

        if (settings.SavePrepared is { } prepared)
        {
            SavePrepared(prepared, files, images);
        }

        var only = settings.Only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var cases = BenchCase.All(settings.Size).Where(c => only is null || only.Contains(c.Name)).ToList();
        var registry = Registries.CreateFull();
        var results = new JsonObject();
        var alloc = new JsonObject();
        var ops = new JsonObject();
        var missing = new JsonArray();
        foreach (var c in cases)
        {
            ops[c.Name] = c.Pipeline;
            if (!registry.Contains(c.TransformName))
            {
                missing.Add(c.Name);
                Console.Error.WriteLine($"{c.Name,-20} missing (no transform '{c.TransformName}' in the registry)");
                continue;
            }

            try
            {
                var transform = registry.Parse<Sample>(c.Pipeline);
                var m = BenchRunner.Measure(transform, images, settings.Seconds, settings.Threads, settings.Seed, c.AlwaysNewImage);
                results[c.Name] = Math.Round(m.ImagesPerSecond, 2);
                alloc[c.Name] = Math.Round(m.AllocatedBytesPerImage);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{c.Name,-20} {m.ImagesPerSecond,10:F1} img/s  {m.AllocatedBytesPerImage / 1024,10:F1} KiB/img  ({m.Calls} calls)"));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
            {
                failures.Add($"{c.Name}: {e.Message}");
                Console.Error.WriteLine($"{c.Name,-20} failed: {e.Message}");
            }
        }

        var meta = new JsonObject
        {
            ["library"] = "sharpaugment",
            ["version"] = typeof(Image<byte>).Assembly.GetName().Version?.ToString(),
            ["runtime"] = RuntimeInformation.FrameworkDescription,
            ["os"] = RuntimeInformation.OSDescription,
            ["cpu"] = BenchMachine.CpuModel(),
            ["nproc"] = Environment.ProcessorCount,
            ["vector256"] = Vector256.IsHardwareAccelerated,
            ["vector128"] = Vector128.IsHardwareAccelerated,
            ["size"] = settings.Size,
            ["seconds"] = settings.Seconds,
            ["threads"] = settings.Threads,
            ["images"] = new JsonArray(files.Select(f => (JsonNode?)Path.GetFileName(f)).ToArray()),
            ["pipelines"] = ops,
            ["allocated_bytes_per_image"] = alloc,
            ["outputs"] = "each call returns a new image; it is recycled (Image.Recycle) once timed, as the peers free theirs",
            ["missing"] = missing,
            ["failures"] = new JsonArray(failures.Select(f => (JsonNode?)f).ToArray()),
            ["utc"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        var doc = new JsonObject { ["meta"] = meta, ["results"] = results };
        string json = doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        if (settings.Json is { } path)
        {
            AtomicFile.WriteAllText(path, json + "\n");
        }
        else
        {
            Console.Out.WriteLine(json);
        }

        foreach (var f in failures)
        {
            Console.Error.WriteLine("failed: " + f);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static void SavePrepared(string folder, string[] files, List<Image<byte>> images)
    {
        Directory.CreateDirectory(folder);
        for (int i = 0; i < images.Count && i < files.Length; i++)
        {
            string name = Path.GetFileNameWithoutExtension(files[i]) + ".png";
            string target = Path.GetFullPath(Path.Combine(folder, name));
            OutputGuard.EnsureDiffers("bench --save-prepared", target, files[i]);

            AtomicFile.WriteAllBytes(target, ImageCodec.EncodePng(images[i]));
        }
    }
}
