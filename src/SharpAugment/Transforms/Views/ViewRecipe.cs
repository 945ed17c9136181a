using System.Text;

namespace SharpAugment.Transforms.Views;

/// <summary>A multi-view recipe (SimCLR, DINO, FixMatch): named view pipelines in output order.</summary>
/// <param name="Name">The recipe name.</param>
/// <param name="Views">The view kinds, in the order their views are returned.</param>
public sealed record ViewRecipe(string Name, IReadOnlyList<ViewSpec> Views)
{
    /// <summary>The total number of views per input.</summary>
    public int ViewCount
    {
        get
        {
            int n = 0;
            foreach (var v in Views)
            {
                n += v.Count;
            }

            return n;
        }
    }

    /// <summary>One line per view kind: name, count and pipeline text.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Name).Append(": ").Append(ViewCount).Append(" views\n");
        foreach (var v in Views)
        {
            sb.Append("  ").Append(v.Name).Append(" x").Append(v.Count).Append(": ").Append(v.Pipeline).Append('\n');
        }

        return sb.ToString();
    }
}
