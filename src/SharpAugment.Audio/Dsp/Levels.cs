namespace SharpAugment.Audio.Dsp;

/// <summary>Level arithmetic shared by the gain and noise transforms (audiomentations' calculate_rms and decibel conversions).</summary>
public static class Levels
{
    /// <summary>The root mean square of the samples (0 for none).</summary>
    public static double Rms(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (float v in samples)
        {
            sum += (double)v * v;
        }

        return samples.IsEmpty ? 0 : Math.Sqrt(sum / samples.Length);
    }

    /// <summary>The amplitude ratio of a level in dB: 10^(db / 20).</summary>
    public static double DbToAmplitude(double db) => Math.Pow(10.0, db / 20.0);

    /// <summary>The noise RMS that sits <paramref name="snrDb"/> below a signal of RMS <paramref name="cleanRms"/>.</summary>
    public static double NoiseRmsForSnr(double cleanRms, double snrDb) => cleanRms / Math.Pow(10.0, snrDb / 20.0);

    /// <summary>The signal-to-noise ratio in dB of a clean signal and the noise added to it.</summary>
    public static double SnrDb(ReadOnlySpan<float> clean, ReadOnlySpan<float> noise) => 20.0 * Math.Log10(Rms(clean) / Rms(noise));
}
