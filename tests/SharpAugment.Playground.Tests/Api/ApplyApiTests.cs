using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Playground.Tests.Support;

namespace SharpAugment.Playground.Tests.Api;

/// <summary>POST /api/apply in process: the CLI's bytes, the reproduction text, and a 4xx answer a person can act on for each bad input.</summary>
public class ApplyApiTests
{
    public static TheoryData<string, string, ulong> CliCases() => new()
    {
        { "photo/camera", "rotate(angle=-30..30, interpolation=bilinear)", 0 },
        { "photo/camera", "rotate(angle=-30..30, interpolation=bilinear)", 7 },
        { "photo/chelsea", "hflip(p=0.5) | gaussian_blur(sigma=0.5..2, kernel_size=7) | brightness(factor=0.5..1.5)", 3 },
        { "photo/rocket", "random_resized_crop(width=64, height=48) | color_jitter(brightness=0.4, hue=0.1)", 42 },
        { "photo/horse", "jpeg_compression(quality=20..60) | elastic(alpha=40)", 1 },
        { "smiley", "affine(angle=-20..20, scale=0.8..1.2) | coarse_dropout(p=1)", 11 },
    };

    [Theory]
    [MemberData(nameof(CliCases))]
    public async Task ApplyIsByteIdenticalToTheCommandLine(string sample, string pipeline, ulong seed)
    {
        await using var playground = await InProcessPlayground.StartAsync();
        using var dir = new TempDir();
        string input = dir.File("in.png");
        await File.WriteAllBytesAsync(input, await OriginalBytes(sample));

        var bySample = await Apply(playground.Client, pipeline, seed, sample: sample);
        var byUpload = await Apply(playground.Client, pipeline, seed, upload: input);
        Assert.Equal(HttpStatusCode.OK, bySample.StatusCode);
        Assert.Equal("image/png", bySample.Content.Headers.ContentType?.MediaType);
        byte[] served = await bySample.Content.ReadAsByteArrayAsync();
        Assert.Equal(served, await byUpload.Content.ReadAsByteArrayAsync());

        string output = dir.File("out.png");
        Assert.Equal(0, Program.Main(["apply", input, output, "--pipeline", pipeline, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        Assert.Equal(await File.ReadAllBytesAsync(output), served);
    }

    [Theory]
    [InlineData("elastic", 0.7)]
    [InlineData("rotate", 0.35)]
    [InlineData("gaussian_blur", 1.0)]
    [InlineData("posterize", 0.5)]
    public async Task TheShownPipelineTextReproducesAMagnitudeResult(string transform, double magnitude)
    {
        await using var playground = await InProcessPlayground.StartAsync();
        using var dir = new TempDir();
        string input = dir.File("camera.png");
        await File.WriteAllBytesAsync(input, await OriginalBytes("photo/camera"));
        var response = await Apply(playground.Client, transform, 5, sample: "photo/camera", magnitude: magnitude);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string text = response.Headers.GetValues("X-Pipeline").Single();
        Assert.StartsWith(transform + "(", text, StringComparison.Ordinal);

        string output = dir.File("out.png");
        Assert.Equal(0, Program.Main(["apply", input, output, "--pipeline", text, "--seed", "5"]));
        Assert.Equal(await File.ReadAllBytesAsync(output), await response.Content.ReadAsByteArrayAsync());

        using var arguments = JsonDocument.Parse(response.Headers.GetValues("X-Arguments").Single());
        Assert.Equal("1", arguments.RootElement.GetProperty("p").GetString());
        using var sampled = JsonDocument.Parse(response.Headers.GetValues("X-Sampled-Params").Single());
        Assert.Equal(transform, sampled.RootElement[0].GetProperty("transform").GetString());
    }

    [Fact]
    public async Task TheMagnitudeChangesTheImageAndItsParameters()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var low = await Apply(playground.Client, "rotate(interpolation=bilinear)", 2, sample: "smiley", magnitude: 0.1);
        var high = await Apply(playground.Client, "rotate(interpolation=bilinear)", 2, sample: "smiley", magnitude: 0.9);
        Assert.Equal("rotate(angle=-3..3, interpolation=bilinear)", low.Headers.GetValues("X-Pipeline").Single());
        Assert.Equal("rotate(angle=-27..27, interpolation=bilinear)", high.Headers.GetValues("X-Pipeline").Single());
        Assert.NotEqual(await low.Content.ReadAsByteArrayAsync(), await high.Content.ReadAsByteArrayAsync());
        var zero = await Apply(playground.Client, "rotate", 2, sample: "smiley", magnitude: 0);
        Assert.Equal(await OriginalBytes("smiley"), await zero.Content.ReadAsByteArrayAsync());
    }

    public static TheoryData<string, double?, int, string> BadPipelines() => new()
    {
        { "rotat(angle=10)", null, 400, "Did you mean: rotate" },
        { "brightness(factor=-1)", null, 400, "factor" },
        { "rotate(angle=", null, 400, "syntax error at position 13" },
        { "rotate(angel=3)", null, 400, "did you mean angle" },
        { "hflip", 0.5, 400, "all or nothing" },
        { "rotate", 1.5, 400, "magnitude must be a number in [0, 1]" },
        { "rotate | hflip", 0.5, 400, "one image transform" },
        { "mixup", null, 400, "ImageBatch" },
        { "", null, 400, "'pipeline' is required" },
    };

    [Theory]
    [MemberData(nameof(BadPipelines))]
    public async Task BadPipelinesGetAnActionableMessage(string pipeline, double? magnitude, int status, string message)
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var response = await Apply(playground.Client, pipeline, 0, sample: "smiley", magnitude: magnitude);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, await ErrorOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASyntaxErrorCarriesItsPosition()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var response = await Apply(playground.Client, "rotate(angle=3) | | hflip", 0, sample: "smiley");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("position").GetInt32() > 0);
    }

    [Fact]
    public async Task ACorruptUploadIs400()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        using var dir = new TempDir();
        string bad = dir.File("bad.png");
        byte[] png = await OriginalBytes("smiley");
        await File.WriteAllBytesAsync(bad, png[..40]);
        var truncated = await Apply(playground.Client, "hflip", 0, upload: bad);
        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        Assert.Contains("not an image, or a corrupt one", await ErrorOf(truncated), StringComparison.Ordinal);
        await File.WriteAllTextAsync(bad, "this is text, not a picture");
        var text = await Apply(playground.Client, "hflip", 0, upload: bad);
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
    }

    [Fact]
    public async Task UploadsAndImagesOverTheLimitsAre413()
    {
        await using var small = await InProcessPlayground.StartAsync(new PlaygroundOptions { MaxUploadBytes = 2000 });
        using var dir = new TempDir();
        string big = dir.File("camera.png");
        await File.WriteAllBytesAsync(big, await OriginalBytes("photo/camera"));
        var tooBig = await Apply(small.Client, "hflip", 0, upload: big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Contains("larger than the limit", await ErrorOf(tooBig), StringComparison.Ordinal);

        await using var fewPixels = await InProcessPlayground.StartAsync(new PlaygroundOptions { MaxPixels = 100 });
        var tooMany = await Apply(fewPixels.Client, "hflip", 0, sample: "smiley");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode);
        Assert.Contains("16x16 = 256 pixels; the limit is 100", await ErrorOf(tooMany), StringComparison.Ordinal);

        await using var limited = await InProcessPlayground.StartAsync(new PlaygroundOptions { MaxPixels = 1_000_000 });
        var grown = await Apply(limited.Client, "resize(width=2000, height=2000)", 0, sample: "smiley");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, grown.StatusCode);
        Assert.Contains("resize", await ErrorOf(grown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("photo/../../README.md")]
    public async Task NoClientValueNamesAServerPath(string sample)
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var response = await Apply(playground.Client, "hflip", 0, sample: sample);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown sample", await ErrorOf(response), StringComparison.Ordinal);
        var original = await playground.Client.GetAsync(new Uri("/api/samples/" + sample, UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, original.StatusCode);
    }

    [Fact]
    public async Task WorkPastTheTimeLimitIs503()
    {
        await using var playground = await InProcessPlayground.StartAsync(new PlaygroundOptions { RequestTimeout = TimeSpan.FromTicks(1) });
        // Seconds of work (eight 511-tap blurs of the 512x512 photo), so a budget timer that fires late on a loaded machine
        // still finds the work running; the transforms check the token per row, so the request ends soon after it fires.
        string heavy = string.Join(" | ", Enumerable.Repeat("gaussian_blur(kernel_size=511, sigma=50)", 8));
        var response = await Apply(playground.Client, heavy, 0, sample: "photo/camera");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("took longer than", await ErrorOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetsAreDrawnOnRequest()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var plain = await Apply(playground.Client, "hflip", 0, sample: "yolo/horse");
        var drawn = await Apply(playground.Client, "hflip", 0, sample: "yolo/horse", overlay: true);
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        Assert.NotEqual(await plain.Content.ReadAsByteArrayAsync(), await drawn.Content.ReadAsByteArrayAsync());
        var mask = await playground.Client.GetAsync(new Uri("/api/samples/segmentation/horse?overlay=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, mask.StatusCode);
        var keypoints = await Apply(playground.Client, "hflip", 0, sample: "coco/chelsea", overlay: true);
        Assert.Equal(HttpStatusCode.OK, keypoints.StatusCode);
        Assert.NotEqual(await (await Apply(playground.Client, "hflip", 0, sample: "coco/chelsea")).Content.ReadAsByteArrayAsync(), await keypoints.Content.ReadAsByteArrayAsync());
    }

    internal static async Task<byte[]> OriginalBytes(string sample)
    {
        if (sample == "smiley")
        {
            return Imaging.Skia.ImageCodec.EncodePng(Samples.Smiley.Draw());
        }

        string[] parts = sample.Split('/');
        string file = Directory.GetFiles(RepoPaths.Samples("images"), parts[1] + ".*").Single();
        return await File.ReadAllBytesAsync(file);
    }

    internal static async Task<HttpResponseMessage> Apply(HttpClient client, string pipeline, ulong seed, string? sample = null, string? upload = null,
        double? magnitude = null, bool overlay = false)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(pipeline), "pipeline" },
            { new StringContent(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)), "seed" },
        };
        if (sample is not null)
        {
            form.Add(new StringContent(sample), "sample");
        }

        if (magnitude is double m)
        {
            form.Add(new StringContent(m.ToString(System.Globalization.CultureInfo.InvariantCulture)), "magnitude");
        }

        if (overlay)
        {
            form.Add(new StringContent("1"), "overlay");
        }

        if (upload is not null)
        {
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(upload));
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "image", Path.GetFileName(upload));
        }

        return await client.PostAsync(new Uri("/api/apply", UriKind.Relative), form);
    }

    internal static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetString()!;
    }
}
