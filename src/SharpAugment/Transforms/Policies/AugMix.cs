using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Policies;

/// <summary>torchvision's AugMix: chains of ops mixed with Dirichlet weights and blended with the original (uint8 result truncated, as torchvision).</summary>
/// <remarks>Only the image is mixed: masks, boxes and keypoints keep their original geometry, since mixing several differently warped chains has no single geometry (AugMix assumes its small ops preserve labels).</remarks>
public sealed class AugMix : ImageTransform<AugMixOptions, AugMixParams>
{
    private readonly PolicyOps _ops;
    private readonly PolicyOp[] _pool;

    /// <summary>Creates the transform.</summary>
    public AugMix(AugMixOptions options)
        : base("augmix", options)
    {
        _ops = new PolicyOps(Options.Interpolation, Options.Fill);
        _pool = Options.AllOps ? [.. MagnitudeTables.AugMixOps] : [.. MagnitudeTables.AugMixOps.Take(9)];
    }

    /// <summary>AugMix's table size.</summary>
    public const int Bins = 10;

    /// <inheritdoc/>
    public override AugMixParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        Span<double> m = stackalloc double[2];
        rng.Dirichlet([Options.Alpha, Options.Alpha], m);
        var alphas = new double[Options.MixtureWidth];
        Array.Fill(alphas, Options.Alpha);
        var w = new double[Options.MixtureWidth];
        rng.Dirichlet(alphas, w);
        var chains = new AppliedOp[Options.MixtureWidth][];
        for (int i = 0; i < chains.Length; i++)
        {
            w[i] *= m[1];
            int depth = Options.ChainDepth > 0 ? Options.ChainDepth : rng.Next(1, 4);
            chains[i] = new AppliedOp[depth];
            for (int d = 0; d < depth; d++)
            {
                var op = _pool[rng.Next(_pool.Length)];
                int bin = MagnitudeTables.HasMagnitude(op) ? rng.Next(Options.Severity) : 0;
                bool negate = MagnitudeTables.IsSigned(op) && rng.Next(2) == 1;
                double mag = MagnitudeTables.Magnitude(PolicyFamily.AugMix, op, bin, Bins, sample.Width, sample.Height);
                chains[i][d] = new AppliedOp(op, bin, negate, negate ? -mag : mag);
            }
        }

        return new AugMixParams(m[0], w, chains);
    }

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, AugMixParams parameters) => Apply(sample, parameters, CancellationToken.None);

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, AugMixParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        var imageOnly = new Sample(sample.Image);
        var mix = new float[sample.Width * sample.Height * sample.Image.Channels];
        Accumulate(mix, sample.Image, (float)parameters.OriginalWeight);
        for (int i = 0; i < parameters.Chains.Length; i++)
        {
            var s = imageOnly;
            foreach (var op in parameters.Chains[i])
            {
                var next = _ops.Apply(s, op.Op, op.Magnitude, cancellation);
                PolicyOps.RecycleIntermediate(imageOnly, s, next);
                s = next;
            }

            Accumulate(mix, s.Image, (float)parameters.ChainWeights[i]);
            if (!ReferenceEquals(s.Image, imageOnly.Image))
            {
                s.Image.Recycle();
            }
        }

        IImage result;
        if (sample.Image is Image<byte> b)
        {
            var dst = new Image<byte>(b.Width, b.Height, b.Channels);
            for (int i = 0; i < mix.Length; i++)
            {
                // torchvision casts with .to(uint8), which truncates.
                dst.Pixels[i] = (byte)Math.Clamp(mix[i], 0f, 255f);
            }

            result = dst;
        }
        else
        {
            var f = (Image<float>)sample.Image;
            result = new Image<float>(f.Width, f.Height, f.Channels, mix);
        }

        return sample with { Image = result };
    }

    private static void Accumulate(float[] mix, IImage image, float weight)
    {
        switch (image)
        {
            case Image<byte> b:
                for (int i = 0; i < mix.Length; i++)
                {
                    mix[i] += weight * b.Pixels[i];
                }

                break;
            case Image<float> f:
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(f.Pixels, weight, mix, mix);
                break;
            default:
                throw new NotSupportedException(image.GetType().Name);
        }
    }
}
