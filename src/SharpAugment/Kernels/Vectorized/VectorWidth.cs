namespace SharpAugment.Kernels.Vectorized;

/// <summary>The widest vector the <see cref="Pointwise"/> driver may use; tests force a narrower one to compare the paths on one machine.</summary>
public enum VectorWidth
{
    /// <summary>One element at a time (what DOTNET_EnableHWIntrinsic=0 runs).</summary>
    Scalar,

    /// <summary>Vector128 blocks, then the scalar path for what is shorter than one block.</summary>
    Vector128,

    /// <summary>Vector256 blocks, Vector128 blocks for inputs shorter than a 256-bit block, then scalar.</summary>
    Vector256,
}
