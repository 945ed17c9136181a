using SharpAugment.Imaging;

namespace SharpAugment.Transforms.Policies;

/// <summary>Base of the policies that apply a sampled list of ops in order; each op is an ordinary registered transform held by <see cref="PolicyOps"/>.</summary>
/// <typeparam name="TOptions">The policy's options.</typeparam>
public abstract class PolicyTransform<TOptions> : ImageTransform<TOptions, PolicyParams>
    where TOptions : PolicyOptions
{
    /// <summary>Builds the ops for the policy's interpolation and fill.</summary>
    protected PolicyTransform(string name, TOptions options)
        : base(name, options)
    {
        Ops = new PolicyOps(options.Interpolation, options.Fill);
    }

    /// <summary>The transforms that perform the sampled ops.</summary>
    protected PolicyOps Ops { get; }

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, PolicyParams parameters) => Apply(sample, parameters, CancellationToken.None);

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, PolicyParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var s = sample;
        foreach (var op in parameters.Ops)
        {
            var next = Ops.Apply(s, op.Op, op.Magnitude, cancellation);
            PolicyOps.RecycleIntermediate(sample, s, next);
            s = next;
        }

        return s;
    }

    /// <summary>A step with torchvision's sign convention applied to the table magnitude.</summary>
    protected static AppliedOp Step(PolicyFamily family, PolicyOp op, int bin, int bins, bool negate, int width, int height)
    {
        double m = MagnitudeTables.Magnitude(family, op, bin, bins, width, height);
        return new AppliedOp(op, bin, negate, negate ? -m : m);
    }
}
