using System.Net;
using System.Text;
using System.Text.Json;
using SharpAugment.Demos.Overfitting;
using SharpAugment.Playground.Api;
using SharpAugment.Playground.Tests.Support;

namespace SharpAugment.Playground.Tests.Api;

/// <summary>GET /api/overfitting/stream: the session's frames as server-sent events, the same per seed, 400 for a bad query, and a client that leaves stops the training.</summary>
public class OverfittingStreamTests
{
    [Fact]
    public async Task TheStreamIsASceneThenFramesThenTheResultOfTheLibrarysSession()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var response = await Get(playground.Client, "strength=0.6&noise=0.3&seed=5&steps=30");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("scene", events[0].Name);
        Assert.Equal("done", events[^1].Name);
        var frames = events[1..^1];
        Assert.All(frames, e => Assert.Equal("frame", e.Name));
        Assert.Equal(Enumerable.Range(0, 31), frames.Select(f => f.Data.GetProperty("step").GetInt32()));

        var settings = new OverfittingSettings { Strength = 0.6, Noise = 0.3, Seed = 5, Steps = 30 };
        var session = new OverfittingSession(settings);
        var scene = events[0].Data;
        Assert.Equal(session.Train.Numeric, scene.GetProperty("train_points").EnumerateArray().Select(v => v.GetSingle()));
        Assert.Equal(2000, scene.GetProperty("test_labels").GetArrayLength());
        Assert.Equal(AugmentationStrength.Pipeline(0.6), scene.GetProperty("pipeline").GetString());

        // The last frame is the library's own session run to the end: the numbers `sharpaugment demo overfitting` prints.
        var expected = session.Run();
        var last = frames[^1].Data;
        Assert.Equal(expected.NoAugmentation.TestAccuracy, last.GetProperty("no_augmentation").GetProperty("test_accuracy").GetDouble());
        Assert.Equal(expected.WithAugmentation.TrainAccuracy, last.GetProperty("with_augmentation").GetProperty("train_accuracy").GetDouble());
        Assert.Equal(session.Frame().WithAugmentation.Probabilities,
            last.GetProperty("with_augmentation").GetProperty("probabilities").EnumerateArray().Select(v => v.GetSingle()));
        var done = events[^1].Data;
        Assert.Equal(expected.WithAugmentation.TestAccuracy, done.GetProperty("with_augmentation").GetProperty("test_accuracy").GetDouble());
        Assert.Equal(5UL, done.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public async Task ALongRunSendsAboutAHundredFrames()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var events = Parse(await (await Get(playground.Client, "steps=250&strength=0")).Content.ReadAsStringAsync());
        var steps = events.Where(e => e.Name == "frame").Select(e => e.Data.GetProperty("step").GetInt32()).ToArray();
        Assert.Equal(3, OverfittingEndpoint.FrameEvery(250));
        Assert.Equal([.. Enumerable.Range(0, 84).Select(i => i * 3), 250], steps);
        var done = events[^1].Data;
        Assert.Equal(string.Empty, done.GetProperty("pipeline").GetString());
        Assert.Equal(done.GetProperty("no_augmentation").GetRawText(), done.GetProperty("with_augmentation").GetRawText());
    }

    [Fact]
    public async Task TheSameQueryStreamsTheSameBytesAndAnotherSeedDiffers()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        const string Query = "strength=0.4&noise=0.5&seed=11&steps=20";
        string first = await (await Get(playground.Client, Query)).Content.ReadAsStringAsync();
        string second = await (await Get(playground.Client, Query)).Content.ReadAsStringAsync();
        string other = await (await Get(playground.Client, Query.Replace("seed=11", "seed=12", StringComparison.Ordinal))).Content.ReadAsStringAsync();
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    public static TheoryData<string, string> BadQueries() => new()
    {
        { "strength=1.5", "strength must be a number in [0, 1], got '1.5'" },
        { "strength=-0.1", "strength must be a number in [0, 1]" },
        { "strength=abc", "strength must be a number in [0, 1], got 'abc'" },
        { "noise=2.5", "noise must be a number in [0, 2], got '2.5'" },
        { "noise=NaN", "noise must be a number in [0, 2]" },
        { "seed=-1", "seed must be a whole number from 0 to 18446744073709551615, got '-1'" },
        { "seed=1.5", "seed must be a whole number" },
        { "steps=0", "steps must be a whole number from 1 to 10000, got '0'" },
        { "steps=10001", "steps must be a whole number from 1 to 10000" },
        { "steps=", "steps must be a whole number from 1 to 10000, got ''" },
        { "strenght=0.5", "unknown parameter 'strenght'; the parameters are strength, noise, seed, steps" },
        { "seed=1&seed=2", "parameter 'seed' is given 2 times" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task ABadQueryIs400NamingTheParameterAndItsRange(string query, string message)
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var response = await Get(playground.Client, query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await ApplyApiTests.ErrorOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientThatLeavesStopsTheTraining()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var endpoint = playground.Service<OverfittingEndpoint>();
        using var leave = new CancellationTokenSource();
        var response = await playground.Client.GetAsync(
            new Uri($"/api/overfitting/stream?steps={OverfittingEndpoint.MaxSteps}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, leave.Token);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(leave.Token), Encoding.UTF8);
        int frames = 0;
        while (frames < 2 && await reader.ReadLineAsync(leave.Token) is { } line)
        {
            frames += line == "event: frame" ? 1 : 0;
        }

        Assert.Equal(1, endpoint.Running);
        await leave.CancelAsync();
        response.Dispose();

        // Waits for the run to end; a run that ignored the client would end only after all its steps.
        while (endpoint.Running > 0)
        {
            await Task.Delay(20);
        }

        Assert.InRange(endpoint.LastRunSteps, 1, OverfittingEndpoint.MaxSteps - 1);
    }

    internal static Task<HttpResponseMessage> Get(HttpClient client, string query) =>
        client.GetAsync(new Uri("/api/overfitting/stream?" + query, UriKind.Relative));

    internal static List<(string Name, JsonElement Data)> Parse(string body)
    {
        var events = new List<(string, JsonElement)>();
        foreach (string block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string[] lines = block.Split('\n');
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("event: ", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("data: ", lines[1], StringComparison.Ordinal);
            events.Add((lines[0]["event: ".Length..], JsonDocument.Parse(lines[1]["data: ".Length..]).RootElement));
        }

        return events;
    }
}
