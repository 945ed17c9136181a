namespace SharpAugment.Transforms.Dropout;

/// <summary>The sampled parameters of the erasing and dropout transforms: the holes and the seed of any random fill, so a replay erases the same pixels with the same values.</summary>
/// <param name="Holes">The rectangles (empty when nothing is erased).</param>
/// <param name="FillSeed">Seeds the random fill values.</param>
public sealed record DropoutParams(IReadOnlyList<DropoutHole> Holes, ulong FillSeed);
