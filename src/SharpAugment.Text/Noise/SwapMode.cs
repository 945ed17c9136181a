namespace SharpAugment.Text.Noise;

/// <summary>Which character a swapped character trades places with (nlpaug RandomCharAug's swap_mode).</summary>
public enum SwapMode
{
    /// <summary>A neighbour: the next one for the first character, the previous one for the last, else either.</summary>
    Adjacent,

    /// <summary>Any character other than the first, the last and itself.</summary>
    Middle,

    /// <summary>Any other character.</summary>
    Random,
}
