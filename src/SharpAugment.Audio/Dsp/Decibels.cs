namespace SharpAugment.Audio.Dsp;

/// <summary>Amplitude-to-decibel conversion as torchaudio.transforms.AmplitudeToDB does it (reference 1, amin 1e-10, optional top_db floor below the whole spectrogram's maximum).</summary>
public static class Decibels
{
    /// <summary>10 log10(max(x, amin)) for power (or 20 log10 for magnitude), floored at max - top_db when given; returns a new spectrogram.</summary>
    /// <param name="spectrogram">Power or magnitude values.</param>
    /// <param name="topDb">The dynamic range kept below the maximum, or null for none.</param>
    /// <param name="magnitude">True for magnitude input (multiplier 20), false for power (10).</param>
    /// <param name="amin">The floor before the logarithm.</param>
    public static Spectrogram FromPower(Spectrogram spectrogram, double? topDb = null, bool magnitude = false, double amin = 1e-10)
    {
        ArgumentNullException.ThrowIfNull(spectrogram);
        if (topDb is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(topDb), topDb, $"amplitude_to_db: top_db = {topDb} is invalid; allowed: >= 0.");
        }

        double multiplier = magnitude ? 20.0 : 10.0;
        var src = spectrogram.Values;
        var dst = new float[src.Length];
        float max = float.NegativeInfinity;
        for (int i = 0; i < src.Length; i++)
        {
            dst[i] = (float)(multiplier * Math.Log10(Math.Max(src[i], amin)));
            max = Math.Max(max, dst[i]);
        }

        if (topDb is double top && dst.Length > 0)
        {
            float floor = (float)(max - top);
            for (int i = 0; i < dst.Length; i++)
            {
                dst[i] = Math.Max(dst[i], floor);
            }
        }

        return spectrogram.WithValues(dst);
    }
}
