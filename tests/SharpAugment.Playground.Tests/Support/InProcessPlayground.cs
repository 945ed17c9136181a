using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SharpAugment.Cli;

namespace SharpAugment.Playground.Tests.Support;

/// <summary>The playground on an in-memory TestServer with the CLI's full registry.</summary>
public sealed class InProcessPlayground : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessPlayground(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>A service of the running application, such as an endpoint whose state a test watches.</summary>
    public T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<InProcessPlayground> StartAsync(PlaygroundOptions? options = null)
    {
        var app = PlaygroundServer.Build(options ?? new PlaygroundOptions(), Registries.CreateFull(), b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return new InProcessPlayground(app, app.GetTestClient());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
