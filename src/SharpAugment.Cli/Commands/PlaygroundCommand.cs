using System.ComponentModel;
using SharpAugment.Playground;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment playground</c>: serves the local page that shows a transform's before and after.</summary>
public sealed class PlaygroundCommand : AsyncCommand<PlaygroundCommand.Settings>
{
    /// <summary>Options of <c>playground</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The port.</summary>
        [CommandOption("--port <PORT>")]
        [Description("Port to listen on (default 5173; 0 picks a free one).")]
        public int Port { get; init; } = 5173;

        /// <summary>The address to bind.</summary>
        [CommandOption("--host <HOST>")]
        [Description("Address to bind (default 127.0.0.1: only this machine can connect).")]
        public string Host { get; init; } = "127.0.0.1";

        /// <summary>A folder of the user's images to offer as samples.</summary>
        [CommandOption("--images <DIR>")]
        [Description("A folder whose images are offered on the page next to the bundled samples.")]
        public string? Images { get; init; }

        /// <summary>Open the page in the default browser.</summary>
        [CommandOption("--open")]
        [Description("Open the page in the default browser.")]
        public bool Open { get; init; }

        /// <summary>The largest image decoded, in pixels.</summary>
        [CommandOption("--max-pixels <N>")]
        [Description("Largest image the page decodes, in pixels (default 40000000); larger ones get 413.")]
        public long MaxPixels { get; init; } = 40_000_000;

        /// <summary>The largest upload in megabytes.</summary>
        [CommandOption("--max-upload-mb <MB>")]
        [Description("Largest upload in MB (default 20); larger ones get 413.")]
        public int MaxUploadMb { get; init; } = 20;
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new PlaygroundOptions
        {
            Host = settings.Host,
            Port = settings.Port,
            ImagesDirectory = settings.Images,
            MaxPixels = settings.MaxPixels,
            MaxUploadBytes = settings.MaxUploadMb * 1024L * 1024L,
        };
        await PlaygroundServer.RunAsync(options, Registries.CreateFull(), Console.Out, settings.Open, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
