using System.Net;
using System.Text.Json;
using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Playground.Tests.Support;

namespace SharpAugment.Playground.Tests.Api;

/// <summary>GET /api/transforms, /api/samples and the embedded pages.</summary>
public class CatalogAndPagesTests
{
    [Fact]
    public async Task TheTransformListCoversEveryRegisteredImageTransform()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        using var body = JsonDocument.Parse(await playground.Client.GetStringAsync(new Uri("/api/transforms", UriKind.Relative)));
        var listed = body.RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        var registered = Registries.CreateFull().Descriptors.Where(d => d.TargetType == typeof(Sample)).ToArray();
        Assert.Equal(registered.Select(d => d.Name).Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        foreach (var d in registered)
        {
            var t = listed[d.Name];
            Assert.Equal(d.Group, t.GetProperty("group").GetString());
            Assert.Equal(d.Summary, t.GetProperty("description").GetString());
            Assert.Equal(d.Magnitude!.IsDefined, t.GetProperty("magnitude").GetBoolean());
            var names = t.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
            Assert.Equal(d.Schema.Parameters.Select(p => p.Name), names);
        }

        var rotate = listed["rotate"].GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal("enum", rotate["interpolation"].GetProperty("type").GetString());
        Assert.Contains("bilinear", rotate["interpolation"].GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("bool", rotate["expand"].GetProperty("type").GetString());
        Assert.Equal(1.0, rotate["p"].GetProperty("max").GetDouble());
        Assert.Equal("nearest", rotate["interpolation"].GetProperty("default").GetString());
        Assert.Contains("all or nothing", listed["hflip"].GetProperty("magnitude_note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SamplesAreListedByKeyAndServed()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        using var body = JsonDocument.Parse(await playground.Client.GetStringAsync(new Uri("/api/samples", UriKind.Relative)));
        var kinds = body.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("kind").GetString());
        Assert.Equal("smiley", kinds["smiley"]);
        Assert.Equal("photo", kinds["photo/camera"]);
        Assert.Equal("boxes", kinds["yolo/horse"]);
        Assert.Equal("masks", kinds["segmentation/horse"]);
        Assert.Equal("keypoints", kinds["coco/chelsea"]);
        var smiley = await playground.Client.GetByteArrayAsync(new Uri("/api/samples/smiley", UriKind.Relative));
        Assert.Equal(await ApplyApiTests.OriginalBytes("smiley"), smiley);
    }

    [Fact]
    public async Task AFolderOfImagesIsOfferedByKeyOnly()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "cats"));
        await File.WriteAllBytesAsync(Path.Combine(dir.Path, "cats", "tom.png"), await ApplyApiTests.OriginalBytes("smiley"));
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "notes.txt"), "not an image");
        await using var playground = await InProcessPlayground.StartAsync(new PlaygroundOptions { ImagesDirectory = dir.Path });
        string list = await playground.Client.GetStringAsync(new Uri("/api/samples", UriKind.Relative));
        Assert.Contains("folder/cats/tom.png", list, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.txt", list, StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Path, list, StringComparison.Ordinal);
        var response = await ApplyApiTests.Apply(playground.Client, "vflip", 0, sample: "folder/cats/tom.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PagesComeFromTheAssemblyWithNoOutsideSource()
    {
        await using var playground = await InProcessPlayground.StartAsync();
        var index = await playground.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", index.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        foreach (string path in new[] { "/", "/overfitting" })
        {
            var page = await playground.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            string html = await page.Content.ReadAsStringAsync();
            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        }

        foreach (string file in new[] { "app.css", "common.js", "transforms.js", "overfitting.js" })
        {
            var r = await playground.Client.GetAsync(new Uri("/static/" + file, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain("https://", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await playground.Client.GetAsync(new Uri("/static/missing.js", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await playground.Client.GetAsync(new Uri("/no-such-page", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await playground.Client.GetAsync(new Uri("/api/nothing", UriKind.Relative))).StatusCode);
    }
}
