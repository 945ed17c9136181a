namespace SharpAugment.Text.Noise;

/// <summary>What <c>random_char</c> does to a chosen character (nlpaug RandomCharAug's action).</summary>
public enum RandomCharAction
{
    /// <summary>Put a random character before it.</summary>
    Insert,

    /// <summary>Replace it by a random character.</summary>
    Substitute,

    /// <summary>Swap it with another character of the word.</summary>
    Swap,

    /// <summary>Remove it.</summary>
    Delete,
}
