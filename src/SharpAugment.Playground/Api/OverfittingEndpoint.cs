using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SharpAugment.Demos.Overfitting;
using SharpAugment.Pipelines;
using SharpAugment.Tabular;

namespace SharpAugment.Playground.Api;

/// <summary>
/// <c>GET /api/overfitting/stream</c>: trains the augmentation-vs-overfitting pair (<see cref="OverfittingSession"/>) and
/// streams it as server-sent events: one <c>scene</c>, a <c>frame</c> about every hundredth of the run, and <c>done</c>
/// with the four accuracies. The page only draws what arrives; the client leaving stops the training.
/// </summary>
public sealed class OverfittingEndpoint
{
    /// <summary>The longest run a request may ask for; about ten seconds of one core, so a run cannot hold a slot for long.</summary>
    public const int MaxSteps = 10_000;

    /// <summary>The largest spiral noise a request may ask for, in plane units; beyond it the arms are indistinguishable.</summary>
    public const double MaxNoise = 2;

    /// <summary>About this many frames are sent per run, whatever its length, so a long run does not flood the page.</summary>
    public const int FramesPerRun = 100;

    private static readonly string[] Known = ["strength", "noise", "seed", "steps"];
    private readonly PlaygroundOptions _options;
    private readonly TransformRegistry _tabular = new TransformRegistry().AddTabularTransforms();
    private readonly SemaphoreSlim _gate;
    private int _running;

    /// <summary>An endpoint running at most <see cref="PlaygroundOptions.MaxConcurrent"/> trainings at once.</summary>
    public OverfittingEndpoint(PlaygroundOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _gate = new SemaphoreSlim(options.MaxConcurrent, options.MaxConcurrent);
    }

    /// <summary>Trainings running now (a test sees a disconnected client's run end).</summary>
    internal int Running => Volatile.Read(ref _running);

    /// <summary>Steps the last ended run took before it finished or was stopped.</summary>
    internal int LastRunSteps { get; private set; }

    /// <summary>The settings a query asks for, or an <see cref="ApiError"/> naming the bad parameter and its allowed range.</summary>
    public static OverfittingSettings Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var (key, values) in query)
        {
            if (!Known.Contains(key, StringComparer.Ordinal))
            {
                throw new ApiError($"unknown parameter '{key}'; the parameters are {string.Join(", ", Known)}");
            }

            if (values.Count > 1)
            {
                throw new ApiError($"parameter '{key}' is given {values.Count} times; give it once");
            }
        }

        var defaults = new OverfittingSettings();
        return defaults with
        {
            Strength = Number(query, "strength", defaults.Strength, 0, 1),
            Noise = Number(query, "noise", defaults.Noise, 0, MaxNoise),
            Seed = Text(query, "seed") is { } seed
                ? ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out ulong s)
                    ? s
                    : throw new ApiError($"seed must be a whole number from 0 to {ulong.MaxValue}, got '{seed}'")
                : defaults.Seed,
            Steps = Text(query, "steps") is { } steps
                ? int.TryParse(steps, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= MaxSteps
                    ? n
                    : throw new ApiError($"steps must be a whole number from 1 to {MaxSteps}, got '{steps}'")
                : defaults.Steps,
        };
    }

    /// <summary>Steps between two frames for a run of <paramref name="steps"/>.</summary>
    public static int FrameEvery(int steps) => Math.Max(1, (steps + FramesPerRun - 1) / FramesPerRun);

    /// <summary>Streams one run; a bad query is a 400 JSON answer, a full server a 503, before any event is sent.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var aborted = http.RequestAborted;
        OverfittingSession session;
        try
        {
            session = new OverfittingSession(Parse(http.Request.Query), _tabular);
            if (!await _gate.WaitAsync(_options.RequestTimeout, aborted).ConfigureAwait(false))
            {
                throw new ApiError(StatusCodes.Status503ServiceUnavailable, $"the server is busy ({_options.MaxConcurrent} trainings running); try again");
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return;
        }
        catch (ApiError e)
        {
            await e.ToResult().ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _running);
        try
        {
            await StreamAsync(http, session, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The page moved on (Reset, a new Train, or closed): the training has stopped between two chunks of steps.
        }
        finally
        {
            LastRunSteps = session.Step;
            Interlocked.Decrement(ref _running);
            _gate.Release();
        }
    }

    private static async Task StreamAsync(HttpContext http, OverfittingSession session, CancellationToken aborted)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await SendAsync(response, "scene", session.Scene().ToJson(), aborted).ConfigureAwait(false);
        await foreach (var frame in session.StreamAsync(FrameEvery(session.Settings.Steps), aborted).ConfigureAwait(false))
        {
            await SendAsync(response, "frame", frame.ToJson(), aborted).ConfigureAwait(false);
        }

        await SendAsync(response, "done", JsonSerializer.Serialize(session.Result()), aborted).ConfigureAwait(false);
    }

    // One event: its name and one line of JSON (the serializers never write a newline), flushed so the page draws it now.
    private static async Task SendAsync(HttpResponse response, string name, string json, CancellationToken aborted)
    {
        await response.WriteAsync($"event: {name}\ndata: {json}\n\n", aborted).ConfigureAwait(false);
        await response.Body.FlushAsync(aborted).ConfigureAwait(false);
    }

    private static string? Text(IQueryCollection query, string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;

    private static double Number(IQueryCollection query, string name, double fallback, double min, double max)
    {
        if (Text(query, name) is not { } text)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && x >= min && x <= max
            ? x
            : throw new ApiError(FormattableString.Invariant($"{name} must be a number in [{min}, {max}], got '{text}'"));
    }
}
