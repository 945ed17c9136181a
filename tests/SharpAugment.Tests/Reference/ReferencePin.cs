namespace SharpAugment.Tests.Reference;

/// <summary>
/// The measured bound of a reference case that is not byte-identical: its largest |difference| and its count of
/// differing values (channel elements). Pinned at the measured numbers, so one more value off, or one more level,
/// fails.
/// </summary>
internal readonly record struct ReferencePin(double MaxAbs, int Differing)
{
    /// <summary>Byte for byte (or bit for bit on float images).</summary>
    public static readonly ReferencePin Exact = new(0, 0);

    /// <summary>2^-24: half a float32 ulp at 1.0, the unit of the float cases' pins.</summary>
    public const double Float32HalfUlp = 1.0 / (1 << 24);
}
