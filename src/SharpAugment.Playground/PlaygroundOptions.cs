using SharpAugment.Imaging.Skia;

namespace SharpAugment.Playground;

/// <summary>Settings of the playground server; the defaults keep it local and bounded.</summary>
public sealed record PlaygroundOptions
{
    /// <summary>The address to bind; loopback unless the user asks otherwise, because the page runs code on uploads.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port (0 picks a free one).</summary>
    public int Port { get; init; } = 5173;

    /// <summary>A folder whose images are offered as samples (listed once at start; clients only name them by key).</summary>
    public string? ImagesDirectory { get; init; }

    /// <summary>The largest request body in bytes (uploads); larger ones get 413.</summary>
    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>The largest image, in pixels, that is decoded; larger ones get 413.</summary>
    public long MaxPixels { get; init; } = 40_000_000;

    /// <summary>How long one augmentation may run before the request gets 503.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How many augmentations run at once; the rest wait up to <see cref="RequestTimeout"/>.</summary>
    public int MaxConcurrent { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Checks the settings, naming the bad one.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"playground: --port must be 0 to 65535, got {Port}.");
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new ArgumentException("playground: --host must name an address, such as 127.0.0.1.");
        }

        if (MaxUploadBytes < 1 || MaxPixels < 1 || MaxConcurrent < 1 || RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("playground: the upload, pixel, concurrency and time limits must be positive.");
        }

        if (MaxPixels > ImageCodec.DefaultMaxPixels)
        {
            throw new ArgumentException($"playground: --max-pixels must be at most {ImageCodec.DefaultMaxPixels}.");
        }

        if (ImagesDirectory is not null && !Directory.Exists(ImagesDirectory))
        {
            throw new ArgumentException($"playground: --images '{ImagesDirectory}' is not a folder.");
        }
    }
}
