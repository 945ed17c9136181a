namespace SharpAugment.Text.Noise;

/// <summary>Options of <c>ocr_errors</c>: nlpaug OcrAug's defaults (at least 2 characters per word, words of any length).</summary>
public sealed record OcrErrorsOptions : CharNoiseOptions
{
    /// <summary>nlpaug OcrAug's defaults.</summary>
    public OcrErrorsOptions()
    {
        AugCharMin = 2;
        MinChar = 1;
    }
}
