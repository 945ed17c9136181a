using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Datasets;
using SharpAugment.Imaging.Skia.Drawing;
using SharpAugment.Pipelines;
using SharpAugment.Playground.Samples;

namespace SharpAugment.Playground.Api;

/// <summary><c>POST /api/apply</c>: one image, one pipeline, one seed, the same PNG bytes as <c>sharpaugment apply</c>; bounded in size, time and concurrency.</summary>
public sealed class ApplyEndpoint
{
    private const int MaxHeaderJson = 16_000;
    private readonly PlaygroundOptions _options;
    private readonly TransformRegistry _registry;
    private readonly SampleLibrary _samples;
    private readonly SemaphoreSlim _gate;

    /// <summary>An endpoint over a registry and sample library, running at most <see cref="PlaygroundOptions.MaxConcurrent"/> at once.</summary>
    public ApplyEndpoint(PlaygroundOptions options, TransformRegistry registry, SampleLibrary samples)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _samples = samples ?? throw new ArgumentNullException(nameof(samples));
        _gate = new SemaphoreSlim(options.MaxConcurrent, options.MaxConcurrent);
    }

    /// <summary>Handles one request; every client error is a 4xx JSON answer.</summary>
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            var request = await ReadAsync(http).ConfigureAwait(false);
            return await RunAsync(http, request).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left: nobody reads the answer.
            return Results.StatusCode(499);
        }
        catch (Exception e) when (ApiError.From(e) is not null)
        {
            return ApiError.From(e)!.ToResult();
        }
    }

    /// <summary>The original image of a bundled sample as PNG, with its boxes and masks drawn when <paramref name="overlay"/> is set.</summary>
    public IResult Original(string key, bool overlay)
    {
        try
        {
            var sample = LoadSample(_samples.Get(key).Encoded(), _samples.Get(key));
            return Results.File(overlay ? DrawTargets(sample) : ImageCodec.EncodePng(ImageConversions.ToBytes(sample.Image)), "image/png");
        }
        catch (Exception e) when (ApiError.From(e) is not null)
        {
            return ApiError.From(e)!.ToResult();
        }
    }

    private sealed record ServerTiming(TimeSpan Decode, TimeSpan Augment, TimeSpan Encode);

    private sealed record ApplyRequest(byte[] Encoded, PlaygroundSample? Sample, string Pipeline, double? Magnitude, ulong Seed, bool Overlay);

    private async Task<ApplyRequest> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength > _options.MaxUploadBytes)
        {
            throw TooLarge();
        }

        if (!http.Request.HasFormContentType)
        {
            throw new ApiError("send a multipart form with the fields pipeline, seed, and image or sample");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw TooLarge();
        }

        string pipeline = form["pipeline"].ToString();
        if (string.IsNullOrWhiteSpace(pipeline))
        {
            throw new ApiError("the field 'pipeline' is required, e.g. rotate(angle=-30..30) | hflip(p=0.5)");
        }

        ulong seed = 0;
        string seedText = form["seed"].ToString();
        if (seedText.Length > 0 && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            throw new ApiError($"seed must be a whole number from 0 to {ulong.MaxValue}, got '{seedText}'");
        }

        double? magnitude = null;
        string magnitudeText = form["magnitude"].ToString();
        if (magnitudeText.Length > 0)
        {
            magnitude = double.TryParse(magnitudeText, NumberStyles.Float, CultureInfo.InvariantCulture, out double m) && m is >= 0 and <= 1
                ? m
                : throw new ApiError($"magnitude must be a number in [0, 1], got '{magnitudeText}'");
        }

        bool overlay = form["overlay"].ToString() is "1" or "true";
        var file = form.Files.GetFile("image");
        string sampleKey = form["sample"].ToString();
        if (file is not null)
        {
            if (file.Length > _options.MaxUploadBytes)
            {
                throw TooLarge();
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
            return new ApplyRequest(buffer.ToArray(), null, pipeline, magnitude, seed, overlay);
        }

        if (sampleKey.Length == 0)
        {
            throw new ApiError("send an image file in the field 'image', or name a bundled sample in 'sample' (GET /api/samples lists them)");
        }

        var sample = _samples.Get(sampleKey);
        return new ApplyRequest(sample.Encoded(), sample, pipeline, magnitude, seed, overlay);
    }

    private async Task<IResult> RunAsync(HttpContext http, ApplyRequest request)
    {
        var resolved = ResolvedPipeline.Resolve(_registry, request.Pipeline, request.Magnitude);
        if (!await _gate.WaitAsync(_options.RequestTimeout, http.RequestAborted).ConfigureAwait(false))
        {
            throw new ApiError(StatusCodes.Status503ServiceUnavailable, $"the server is busy ({_options.MaxConcurrent} augmentations running); try again");
        }

        // The token stops the transforms themselves (they check it per row), so a timed-out or abandoned request frees its slot quickly.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(_options.RequestTimeout);
        var token = timeout.Token;
        var limits = new ResourceLimits { MaxPixels = _options.MaxPixels };

        // The slot is released when the work ends, not when the client stops waiting, so abandoned work still counts against the limit.
        var work = Task.Run(() =>
        {
            try
            {
                long start = Stopwatch.GetTimestamp();
                var input = LoadSample(request.Encoded, request.Sample);
                long decoded = Stopwatch.GetTimestamp();
                var tape = new List<SampledStep>();
                var result = SingleImageAugmenter.Apply(resolved.Pipeline, input, request.Seed, tape, limits, token);
                long augmented = Stopwatch.GetTimestamp();
                byte[] png = request.Overlay ? DrawTargets(result) : SingleImageAugmenter.EncodePng(result);
                var timing = new ServerTiming(Stopwatch.GetElapsedTime(start, decoded), Stopwatch.GetElapsedTime(decoded, augmented),
                    Stopwatch.GetElapsedTime(augmented));
                return (png, tape, result, timing);
            }
            finally
            {
                _gate.Release();
            }
        }, CancellationToken.None);
        (byte[] Png, List<SampledStep> Tape, Sample Result, ServerTiming Timing) done;
        try
        {
            done = await work.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            throw new ApiError(StatusCodes.Status503ServiceUnavailable,
                $"the augmentation took longer than {_options.RequestTimeout.TotalSeconds:0} s; try a smaller image or a lighter pipeline");
        }

        var headers = http.Response.Headers;
        headers["X-Sampled-Params"] = HeaderJson(ReplayTape.ToJson(done.Tape));
        headers["X-Pipeline"] = resolved.Text;
        if (resolved.Arguments is not null)
        {
            headers["X-Arguments"] = resolved.Arguments.ToJsonString();
        }

        headers["X-Image-Size"] = FormattableString.Invariant($"{done.Result.Image.Width}x{done.Result.Image.Height}x{done.Result.Image.Channels}");
        var t = done.Timing;
        headers["X-Elapsed-Ms"] = Ms(t.Decode + t.Augment + t.Encode);
        headers["Server-Timing"] = $"decode;dur={Ms(t.Decode)}, augment;dur={Ms(t.Augment)}, encode;dur={Ms(t.Encode)}";
        return Results.File(done.Png, "image/png");
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture);

    private Sample LoadSample(byte[] encoded, PlaygroundSample? from)
    {
        Image<byte> image;
        try
        {
            (int w, int h, _) = ImageCodec.ReadHeader(encoded, long.MaxValue);
            if ((long)w * h > _options.MaxPixels)
            {
                throw new ApiError(StatusCodes.Status413PayloadTooLarge, $"the image is {w}x{h} = {(long)w * h} pixels; the limit is {_options.MaxPixels} pixels (--max-pixels)");
            }

            image = ImageCodec.Decode(encoded, _options.MaxPixels);
        }
        catch (InvalidDataException e)
        {
            throw new ApiError($"not an image, or a corrupt one: {e.Message}. Send a PNG, JPEG, WebP, BMP or GIF file.");
        }

        var sample = new Sample(image);
        return from?.Targets is { } add ? add(sample) : sample;
    }

    private static byte[] DrawTargets(Sample sample)
    {
        int side = Math.Clamp(Math.Max(sample.Image.Width, sample.Image.Height), 32, 1024);
        return ImageCodec.EncodePng(ContactSheet.Render([new SheetTile(sample, [])], 1, side));
    }

    private ApiError TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, $"the upload is larger than the limit of {_options.MaxUploadBytes / (1024 * 1024.0):0.#} MB");

    // Parameter records can hold whole arrays (a displacement field); long arrays are summarised so the header stays small.
    private static string HeaderJson(JsonArray steps)
    {
        string json = steps.ToJsonString();
        if (json.Length <= MaxHeaderJson)
        {
            return json;
        }

        Summarise(steps);
        json = steps.ToJsonString();
        return json.Length <= MaxHeaderJson ? json : JsonSerializer.Serialize(new { summary = "parameters too long to show", steps = steps.Count });
    }

    private static void Summarise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(kv => kv.Key).ToArray())
                {
                    if (o[key] is JsonArray { Count: > 16 } big)
                    {
                        o[key] = $"[{big.Count} values]";
                    }
                    else
                    {
                        Summarise(o[key]);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Summarise(item);
                }

                break;
        }
    }
}
