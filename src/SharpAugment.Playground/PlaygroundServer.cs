using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpAugment.Pipelines;
using SharpAugment.Playground.Api;
using SharpAugment.Playground.Samples;
using SharpAugment.Playground.Web;

namespace SharpAugment.Playground;

/// <summary>Builds the playground web application: the embedded pages and the HTTP API (<c>/api/transforms</c>, <c>/api/samples</c>, <c>/api/apply</c>, <c>/api/overfitting/stream</c>).</summary>
public static class PlaygroundServer
{
    /// <summary>Builds the application on Kestrel at <see cref="PlaygroundOptions.Host"/>:<see cref="PlaygroundOptions.Port"/>; <paramref name="configure"/> may swap the server (tests use TestServer).</summary>
    public static WebApplication Build(PlaygroundOptions options, TransformRegistry registry, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registry);
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(PlaygroundServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Url(options.Host, options.Port));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxUploadBytes + (64 * 1024));
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes + (64 * 1024));
        builder.Services.AddSingleton(new OverfittingEndpoint(options));
        configure?.Invoke(builder);
        var app = builder.Build();
        Map(app, options, registry);
        return app;
    }

    /// <summary>Starts the server, prints where it listens, optionally opens a browser, and runs until <paramref name="cancellationToken"/> fires or the process gets Ctrl+C.</summary>
    public static async Task RunAsync(PlaygroundOptions options, TransformRegistry registry, TextWriter output, bool openBrowser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var app = Build(options, registry);
        await using (app.ConfigureAwait(false))
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            string url = app.Urls.FirstOrDefault() ?? Url(options.Host, options.Port);
            await output.WriteLineAsync($"SharpAugment playground: {url}  (Ctrl+C stops it)").ConfigureAwait(false);
            if (openBrowser)
            {
                OpenBrowser(url, output);
            }

            try
            {
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C through the command line's token: stop below.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static void OpenBrowser(string url, TextWriter output)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(url) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            output.WriteLine($"could not open a browser ({e.Message}); open {url} yourself");
        }
    }

    /// <summary>The URL for a host and port, with IPv6 literals bracketed.</summary>
    public static string Url(string host, int port)
    {
        ArgumentNullException.ThrowIfNull(host);
        string h = host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? "[" + host + "]" : host;
        return FormattableString.Invariant($"http://{h}:{port}");
    }

    private static void Map(WebApplication app, PlaygroundOptions options, TransformRegistry registry)
    {
        var samples = new SampleLibrary(options.ImagesDirectory);
        var apply = new ApplyEndpoint(options, registry, samples);
        string transforms = TransformCatalog.Build(registry).ToJsonString();
        app.Use(async (context, next) =>
        {
            // Everything the page loads comes from this server; nothing from a CDN.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context).ConfigureAwait(false);
        });
        app.MapGet("/api/transforms", () => Results.Text(transforms, "application/json"));
        app.MapGet("/api/samples", () => Results.Json(new JsonArray([.. samples.All.Select(s => (JsonNode)new JsonObject
        {
            ["key"] = s.Key,
            ["title"] = s.Title,
            ["kind"] = s.Kind,
        })])));
        app.MapGet("/api/samples/{**key}", (string key, string? overlay) => apply.Original(key, overlay is "1" or "true"));
        app.MapPost("/api/apply", (Delegate)(Func<HttpContext, Task<IResult>>)apply.HandleAsync).DisableAntiforgery();
        app.MapGet("/api/overfitting/stream", new RequestDelegate(app.Services.GetRequiredService<OverfittingEndpoint>().HandleAsync));
        app.MapGet("/static/{name}", EmbeddedWeb.Serve);
        app.MapGet("/", () => EmbeddedWeb.Page(null));
        app.MapGet("/{page}", (string page) => EmbeddedWeb.Page(page));
        app.MapFallback(() => Results.Json(new JsonObject { ["error"] = "no such page or API; see docs/playground.md" }, statusCode: StatusCodes.Status404NotFound));
    }
}
