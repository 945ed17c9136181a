using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>Reads op names (snake_case, as <c>shear_x</c> or <c>auto_contrast</c>) for policy op pools.</summary>
public static class PolicyOpNames
{
    /// <summary>The snake_case name of an op.</summary>
    public static string Name(PolicyOp op) => Naming.ToSnakeCase(op.ToString());

    /// <summary>Parses names into ops; an unknown name raises an error listing the valid ones.</summary>
    public static PolicyOp[] Parse(string transform, string parameter, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var result = new PolicyOp[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            bool found = false;
            foreach (var op in Enum.GetValues<PolicyOp>())
            {
                if (string.Equals(Name(op), names[i], StringComparison.OrdinalIgnoreCase) || string.Equals(op.ToString(), names[i], StringComparison.OrdinalIgnoreCase))
                {
                    result[i] = op;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw new TransformParameterException(transform, parameter, names[i],
                    string.Join(", ", Enum.GetValues<PolicyOp>().Select(Name)));
            }
        }

        return result;
    }
}
