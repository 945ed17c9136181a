using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace SharpAugment.Playground.Web;

/// <summary>The page files compiled into the assembly (<c>Web/wwwroot</c>): <c>/</c> is the transforms page, <c>/NAME</c> serves <c>NAME.html</c>, <c>/static/FILE</c> the scripts and styles.</summary>
/// <remarks>A new page is one HTML file under Web/wwwroot plus one entry in the navigation list of common.js; no route changes here.</remarks>
public static class EmbeddedWeb
{
    private static readonly Assembly Resources = typeof(EmbeddedWeb).Assembly;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    };

    private static readonly Dictionary<string, byte[]> Files = Resources.GetManifestResourceNames()
        .Where(n => n.StartsWith("web/", StringComparison.Ordinal))
        .ToDictionary(n => n["web/".Length..], Read, StringComparer.Ordinal);

    /// <summary>The names of the embedded files, such as <c>index.html</c> and <c>app.css</c>.</summary>
    public static IReadOnlyCollection<string> Names => Files.Keys;

    /// <summary>The page for a path segment (<c>""</c> is index.html), or 404; only names in the assembly are served.</summary>
    public static IResult Page(string? name) => Serve(string.IsNullOrEmpty(name) ? "index.html" : name + ".html");

    /// <summary>A script, style or picture by file name, or 404.</summary>
    public static IResult Serve(string name)
    {
        if (!Files.TryGetValue(name, out var bytes) || !ContentTypes.TryGetValue(Path.GetExtension(name), out var type))
        {
            return Results.NotFound();
        }

        return Results.Bytes(bytes, type);
    }

    private static byte[] Read(string resource)
    {
        using var stream = Resources.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
