namespace SharpAugment.Transforms.Quality;

/// <summary>How <c>chromatic_aberration</c> relates the red and blue distortions.</summary>
public enum ChromaticAberrationMode
{
    /// <summary>Red and blue distorted with the same sign (green/purple fringes).</summary>
    GreenPurple,

    /// <summary>Red and blue distorted with opposite signs.</summary>
    RedBlue,

    /// <summary>Signs as drawn.</summary>
    Random,
}
