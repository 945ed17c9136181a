namespace SharpAugment.Transforms.Policies;

/// <summary>One sampled policy step: the op, its magnitude bin, whether the sign was flipped, and the signed magnitude used.</summary>
/// <param name="Op">The op.</param>
/// <param name="Bin">The magnitude bin (0 for ops without a table).</param>
/// <param name="Negate">Whether the magnitude was negated.</param>
/// <param name="Magnitude">The magnitude passed to the op, sign included.</param>
public sealed record AppliedOp(PolicyOp Op, int Bin, bool Negate, double Magnitude);
