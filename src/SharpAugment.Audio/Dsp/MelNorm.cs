namespace SharpAugment.Audio.Dsp;

/// <summary>How mel triangles are scaled.</summary>
public enum MelNorm
{
    /// <summary>Triangles peak at 1 (torchaudio's default).</summary>
    None,

    /// <summary>Each triangle is divided by its width in hertz / 2, so every band has equal area (Slaney).</summary>
    Slaney,
}
