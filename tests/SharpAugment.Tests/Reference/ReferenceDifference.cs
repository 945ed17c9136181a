using System.Globalization;
using SharpAugment.Imaging;

namespace SharpAugment.Tests.Reference;

/// <summary>
/// How far an output is from its reference, value by value (channel elements): the largest |difference|, how many
/// values differ and where the worst one is. The reference tests ask for no difference, or for at most a
/// <see cref="ReferencePin"/>.
/// </summary>
internal sealed record ReferenceDifference(double MaxAbs, int Differing, int Values, string Worst)
{
    /// <summary>Null when <paramref name="got"/> has the reference's shape and stays within <paramref name="pin"/>, else what is wrong.</summary>
    public static string? Check(Image<byte> got, Image<byte> want, ReferencePin pin)
    {
        if ((got.Width, got.Height, got.Channels) != (want.Width, want.Height, want.Channels))
        {
            return $"shape {got.Width}x{got.Height}x{got.Channels}, torchvision {want.Width}x{want.Height}x{want.Channels}";
        }

        var d = Of(got.Pixels, want.Pixels, want.Width, want.Channels);
        return d.Within(pin) ? null : d.Against(pin);
    }

    /// <summary>Null when <paramref name="got"/> has the reference's length and stays within <paramref name="pin"/>, else what is wrong.</summary>
    public static string? Check(ReadOnlySpan<float> got, ReadOnlySpan<float> want, int width, int channels, ReferencePin pin)
    {
        if (got.Length != want.Length)
        {
            return $"{got.Length} values, torchvision {want.Length}";
        }

        var d = Of(got, want, width, channels);
        return d.Within(pin) ? null : d.Against(pin);
    }

    /// <summary>Measures two byte buffers of equal length (interleaved, <paramref name="width"/> pixels a row).</summary>
    public static ReferenceDifference Of(ReadOnlySpan<byte> got, ReadOnlySpan<byte> want, int width, int channels)
    {
        int maxAbs = 0, differing = 0, at = -1;
        for (int i = 0; i < want.Length; i++)
        {
            int d = Math.Abs(got[i] - want[i]);
            differing += d != 0 ? 1 : 0;
            if (d > maxAbs)
            {
                maxAbs = d;
                at = i;
            }
        }

        return new(maxAbs, differing, want.Length, at < 0 ? "" : Where(at, width, channels, got[at], want[at]));
    }

    /// <summary>Measures two float buffers of equal length; |difference| is taken in float32, as the pins were.</summary>
    public static ReferenceDifference Of(ReadOnlySpan<float> got, ReadOnlySpan<float> want, int width, int channels)
    {
        float maxAbs = 0;
        int differing = 0, at = -1;
        for (int i = 0; i < want.Length; i++)
        {
            float d = Math.Abs(got[i] - want[i]);
            differing += d != 0 || float.IsNaN(d) ? 1 : 0;
            if (d > maxAbs || (float.IsNaN(d) && !float.IsNaN(maxAbs)))
            {
                maxAbs = d;
                at = i;
            }
        }

        return new(maxAbs, differing, want.Length, at < 0 ? "" : Where(at, width, channels, got[at], want[at]));
    }

    /// <summary>Whether the difference stays within the pin (NaN never does).</summary>
    public bool Within(ReferencePin pin) => MaxAbs <= pin.MaxAbs && Differing <= pin.Differing;

    /// <summary>The difference, and the pin it exceeds.</summary>
    public string Against(ReferencePin pin) => pin == ReferencePin.Exact
        ? $"{this} (must be identical)"
        : string.Create(CultureInfo.InvariantCulture, $"{this} (pinned: max |d| {pin.MaxAbs:R}, {pin.Differing} values)");

    /// <inheritdoc/>
    public override string ToString() => Differing == 0
        ? "identical"
        : string.Create(CultureInfo.InvariantCulture, $"{Differing} of {Values} values differ, max |d| {MaxAbs:R} at {Worst}");

    private static string Where<T>(int index, int width, int channels, T ours, T theirs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"x={index / channels % width}, y={index / channels / width}, c={index % channels} (ours {ours}, torchvision {theirs})");
}
