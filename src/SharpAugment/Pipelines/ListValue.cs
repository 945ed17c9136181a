namespace SharpAugment.Pipelines;

/// <summary>A list argument (<c>fill=[0, 128, 255]</c> or <c>transforms=[hflip, vflip]</c>).</summary>
/// <param name="Items">The items in order.</param>
public sealed record ListValue(IReadOnlyList<SpecValue> Items) : SpecValue
{
    /// <summary>The text form <c>[a, b]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", Items.Select(i => i.ToString())) + "]";

    /// <summary>Lists are equal when their items are, so parsed pipelines compare by content.</summary>
    public bool Equals(ListValue? other) => other is not null && Items.SequenceEqual(other.Items);

    /// <summary>A hash over the items, consistent with <see cref="Equals(ListValue)"/>.</summary>
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var i in Items)
        {
            h.Add(i);
        }

        return h.ToHashCode();
    }
}
