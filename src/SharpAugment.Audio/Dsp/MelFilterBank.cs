namespace SharpAugment.Audio.Dsp;

/// <summary>Triangular mel filterbanks as torchaudio.functional.melscale_fbanks builds them.</summary>
public static class MelFilterBank
{
    /// <summary>Hertz to mels on the given scale.</summary>
    public static double HzToMel(double hz, MelScale scale)
    {
        if (scale == MelScale.Htk)
        {
            return 2595.0 * Math.Log10(1.0 + (hz / 700.0));
        }

        const double fSp = 200.0 / 3, minLogHz = 1000.0, minLogMel = minLogHz / fSp;
        double logStep = Math.Log(6.4) / 27.0;
        return hz >= minLogHz ? minLogMel + (Math.Log(hz / minLogHz) / logStep) : hz / fSp;
    }

    /// <summary>Mels to hertz on the given scale.</summary>
    public static double MelToHz(double mel, MelScale scale)
    {
        if (scale == MelScale.Htk)
        {
            return 700.0 * (Math.Pow(10.0, mel / 2595.0) - 1.0);
        }

        const double fSp = 200.0 / 3, minLogHz = 1000.0, minLogMel = minLogHz / fSp;
        double logStep = Math.Log(6.4) / 27.0;
        return mel >= minLogMel ? minLogHz * Math.Exp(logStep * (mel - minLogMel)) : fSp * mel;
    }

    /// <summary>The filterbank of shape (n_freqs, n_mels), row-major, for bins spaced evenly on [0, sample_rate // 2].</summary>
    public static double[] Create(int nFreqs, double fMin, double fMax, int nMels, int sampleRate, MelNorm norm, MelScale scale)
    {
        if (nFreqs < 2 || nMels < 1)
        {
            throw new ArgumentException($"mel filterbank: n_freqs = {nFreqs} and n_mels = {nMels}; allowed: n_freqs >= 2, n_mels >= 1.");
        }

        var allFreqs = new double[nFreqs];
        double nyquist = sampleRate / 2;
        for (int i = 0; i < nFreqs; i++)
        {
            allFreqs[i] = nyquist * i / (nFreqs - 1);
        }

        double mMin = HzToMel(fMin, scale), mMax = HzToMel(fMax, scale);
        var fPts = new double[nMels + 2];
        for (int i = 0; i < fPts.Length; i++)
        {
            fPts[i] = MelToHz(mMin + ((mMax - mMin) * i / (nMels + 1)), scale);
        }

        var fb = new double[nFreqs * nMels];
        for (int m = 0; m < nMels; m++)
        {
            double lowDiff = fPts[m + 1] - fPts[m], highDiff = fPts[m + 2] - fPts[m + 1];
            double enorm = norm == MelNorm.Slaney ? 2.0 / (fPts[m + 2] - fPts[m]) : 1.0;
            for (int f = 0; f < nFreqs; f++)
            {
                double down = (allFreqs[f] - fPts[m]) / lowDiff;
                double up = (fPts[m + 2] - allFreqs[f]) / highDiff;
                fb[(f * nMels) + m] = Math.Max(0.0, Math.Min(down, up)) * enorm;
            }
        }

        return fb;
    }
}
