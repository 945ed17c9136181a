using FsCheck;
using FsCheck.Xunit;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Mixing;

namespace SharpAugment.Tests.Transforms.Mixing;

/// <summary>FsCheck properties of the mixers over random sizes, batch sizes, alphas and seeds.</summary>
/// <remarks>The generator seed is pinned (Replay) so CI is deterministic; each property was also run with 2,000 cases unpinned while developing.</remarks>
public class MixingPropertyTests
{
    // A row mixes at most four float32 rows of values in [0, 1]; 1e-5 bounds the accumulated rounding with margin.
    private const float RowTolerance = 1e-5f;

    private static (int W, int H, int N) Dims(PositiveInt w, PositiveInt h, PositiveInt n) => (1 + w.Get % 30, 1 + h.Get % 20, 1 + n.Get % 6);

    [Property(MaxTest = 80, Replay = "(20261125,1)")]
    public bool CutMixBoxesStayInsideAndLambdaIsTheAreaLeft(PositiveInt w, PositiveInt h, PositiveInt seed, NormalFloat alpha)
    {
        var (W, H, _) = Dims(w, h, seed);
        double a = 0.05 + Math.Abs(alpha.Get) % 4;
        var rng = new Rng((ulong)seed.Get);
        double lambda = rng.Beta(a, a);
        foreach (var box in new[] { CutMixBoxes.Torchvision(W, H, lambda, rng), CutMixBoxes.Timm(W, H, lambda, rng), CutMixBoxes.TimmMinMax(W, H, 0.2, 0.8, rng) })
        {
            if (box.XMin < 0 || box.YMin < 0 || box.XMax > W || box.YMax > H || box.Width < 0 || box.Height < 0)
            {
                return false;
            }

            if (box.KeptFraction(W, H) != 1.0 - (double)box.Width * box.Height / (W * H))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 60, Replay = "(20261125,1)")]
    public bool BatchMixersKeepShapesAndRowSums(PositiveInt w, PositiveInt h, PositiveInt n, PositiveInt seed)
    {
        var (W, H, N) = Dims(w, h, n);
        var batch = BatchFixtures.Flat(N, W, H, 6);
        var registry = new TransformRegistry().AddImageTransforms();
        foreach (var text in new[] { "mixup", "cutmix", "mosaic(center_range=0..1)", "timm_mixup(cutmix_alpha=1, mode=elem, label_smoothing=0.1)" })
        {
            var r = registry.Parse<ImageBatch>(text).Apply(batch, new AugmentContext(Rng.ForSample((ulong)seed.Get, 0, 0)));
            if (r.Count != N || r.Width != W || r.Height != H || r.Channels != 3)
            {
                return false;
            }

            for (int i = 0; i < N; i++)
            {
                float sum = 0;
                foreach (var v in r.Label(i))
                {
                    sum += v;
                }

                if (Math.Abs(sum - 1) > RowTolerance || r.Samples[i].Masks[0].Width != W)
                {
                    return false;
                }

                foreach (var b in r.Samples[i].Boxes)
                {
                    if (b.XMin < 0 || b.YMin < 0 || b.XMax > W || b.YMax > H || b.Area <= 0)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }
}
