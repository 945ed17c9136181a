using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Pipelines;

/// <summary>What each composite draws: one_of's weights, some_of with and without replacement, random_apply's probability, random_order's permutations; and that the output is the drawn children applied in the drawn order.</summary>
/// <remarks>Seeds are pinned (Rng.ForSample(2026, 0, i)), so the counts are fixed; the bands are over 4 binomial standard deviations wide, so a change of seed would not break them either.</remarks>
public class CompositeSamplingTests
{
    private const int Draws = 4000;

    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static readonly Sample Input = TestImages.FullSample(37, 29, 3);

    // Children that do not commute (a pixel op would commute with these exact geometric ones): each order and each subset
    // gives a different image.
    private static readonly string[] Children = ["rotate90(k=1)", "crop(x=2, y=3, width=20, height=15)", "pad(padding=[3, 0, 0, 1], fill=200)"];

    private static (Sample Output, int[] Indices) Draw(ITransform<Sample> t, int i)
    {
        var tape = new List<SampledStep>();
        var r = t.Apply(Input, new AugmentContext(Rng.ForSample(2026, 0, i), tape));
        Assert.Equal(t.Name, tape[0].Transform);
        return (r, tape[0].Parameters is CompositeChoice c ? c.Indices : []);
    }

    // The output of applying the listed children in this order, one by one.
    private static Image<byte> Chain(IEnumerable<int> order, string[]? children = null)
    {
        var s = Input;
        foreach (int i in order)
        {
            s = Registry.Parse<Sample>((children ?? Children)[i]).Apply(s, new AugmentContext(new Rng(0)));
        }

        return (Image<byte>)s.Image;
    }

    private static void AssertFraction(int count, int total, double p, string what)
    {
        double sd = Math.Sqrt(p * (1 - p) / total);
        double observed = count / (double)total;
        Assert.True(Math.Abs(observed - p) <= 4.5 * sd, $"{what}: observed {observed:F4}, expected {p:F4} +- {4.5 * sd:F4}");
    }

    [Fact]
    public void OneOfPicksByWeightAndAppliesOnlyThePick()
    {
        var t = Registry.Parse<Sample>($"one_of({string.Join(", ", Children)}, weights=[1, 2, 7])");
        var counts = new int[3];
        var outputs = Enumerable.Range(0, 3).Select(i => Chain([i])).ToArray();
        for (int i = 0; i < Draws; i++)
        {
            var (output, indices) = Draw(t, i);
            int pick = Assert.Single(indices);
            counts[pick]++;
            if (i < 60)
            {
                Assert.True(outputs[pick].ContentEquals((Image<byte>)output.Image), $"draw {i}: the output is not child {pick} alone");
            }
        }

        AssertFraction(counts[0], Draws, 0.1, "weight 1 of 10");
        AssertFraction(counts[1], Draws, 0.2, "weight 2 of 10");
        AssertFraction(counts[2], Draws, 0.7, "weight 7 of 10");
    }

    [Fact]
    public void OneOfNeverPicksAZeroWeightAndDefaultsToEqualWeights()
    {
        var zero = Registry.Parse<Sample>($"one_of({string.Join(", ", Children)}, weights=[0, 1, 1])");
        var equal = Registry.Parse<Sample>($"one_of({string.Join(", ", Children)})");
        var counts = new int[3];
        for (int i = 0; i < Draws; i++)
        {
            Assert.NotEqual(0, Assert.Single(Draw(zero, i).Indices));
            counts[Assert.Single(Draw(equal, i).Indices)]++;
        }

        foreach (int c in counts)
        {
            AssertFraction(c, Draws, 1.0 / 3, "equal weights");
        }
    }

    [Fact]
    public void SomeOfWithReplacementRepeatsChildrenUniformlyAndAppliesEveryPick()
    {
        // n = 2 picks from 3 children with replacement: each pick is uniform, both picks equal with probability 1/3.
        // (A crop cannot run twice on its own output, so the repeatable children are a flip, a rotation and a pad.)
        string[] repeatable = ["hflip", "rotate90(k=1)", "pad(padding=[3, 0, 0, 1], fill=200)"];
        var t = Registry.Parse<Sample>($"some_of({string.Join(", ", repeatable)}, n=2, replace=true)");
        var counts = new int[3];
        int repeats = 0;
        for (int i = 0; i < Draws; i++)
        {
            var (output, indices) = Draw(t, i);
            Assert.Equal(2, indices.Length);
            Assert.True(indices[0] <= indices[1], "picks are applied in listed order");
            counts[indices[0]]++;
            counts[indices[1]]++;
            repeats += indices[0] == indices[1] ? 1 : 0;
            if (i < 60)
            {
                Assert.True(Chain(indices, repeatable).ContentEquals((Image<byte>)output.Image), $"draw {i}: the output is not children {string.Join(", ", indices)} in turn");
            }
        }

        foreach (int c in counts)
        {
            AssertFraction(c, 2 * Draws, 1.0 / 3, "each pick");
        }

        AssertFraction(repeats, Draws, 1.0 / 3, "a repeated child");

        // With replacement n may exceed the number of children; without, it may not.
        var many = Registry.Parse<Sample>("some_of(hflip, vflip, n=5, replace=true)");
        Assert.Equal(5, Draw(many, 0).Indices.Length);
        var e = Assert.Throws<TransformParameterException>(() => Registry.Parse<Sample>("some_of(hflip, vflip, n=5)"));
        Assert.Equal("n", e.Parameter);
    }

    [Fact]
    public void SomeOfWithoutReplacementPicksDistinctChildrenInListedOrder()
    {
        var t = Registry.Parse<Sample>($"some_of({string.Join(", ", Children)}, n=1..2)");
        var sizes = new int[3];
        var counts = new int[3];
        for (int i = 0; i < Draws; i++)
        {
            var (output, indices) = Draw(t, i);
            Assert.Equal(indices.Order(), indices);
            Assert.Equal(indices.Length, indices.Distinct().Count());
            sizes[indices.Length]++;
            foreach (int k in indices)
            {
                counts[k]++;
            }

            if (i < 60)
            {
                Assert.True(Chain(indices).ContentEquals((Image<byte>)output.Image));
            }
        }

        AssertFraction(sizes[1], Draws, 0.5, "n = 1");
        foreach (int c in counts)
        {
            AssertFraction(c, Draws, 0.5, "each child (1/2 x 1/3 + 1/2 x 2/3)");
        }
    }

    [Fact]
    public void RandomApplyRunsAllChildrenTogetherWithProbabilityP()
    {
        Assert.Equal(0.5, Registry.Parse<Sample>("random_apply(hflip)").Options.P); // torchvision's default
        var t = Registry.Parse<Sample>($"random_apply({string.Join(", ", Children)}, p=0.3)");
        var all = Chain([0, 1, 2]);
        int applied = 0;
        for (int i = 0; i < Draws; i++)
        {
            var (output, indices) = Draw(t, i);
            if (indices.Length == 0)
            {
                Assert.Same(Input, output);
                continue;
            }

            applied++;
            Assert.Equal([0, 1, 2], indices);
            Assert.True(all.ContentEquals((Image<byte>)output.Image), $"draw {i}: not every child was applied in order");
        }

        AssertFraction(applied, Draws, 0.3, "random_apply(p=0.3)");
    }

    [Fact]
    public void RandomOrderGivesEveryPermutationEquallyOftenAndAppliesIt()
    {
        var t = Registry.Parse<Sample>($"random_order({string.Join(", ", Children)})");
        var expected = new Dictionary<string, Image<byte>>();
        var counts = new Dictionary<string, int>();
        for (int i = 0; i < Draws; i++)
        {
            var (output, indices) = Draw(t, i);
            Assert.Equal([0, 1, 2], indices.Order());
            string key = string.Join("", indices);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (!expected.TryGetValue(key, out var image))
            {
                image = expected[key] = Chain(indices);
            }

            Assert.True(image.ContentEquals((Image<byte>)output.Image), $"draw {i}: the output is not the children in order {key}");
        }

        Assert.Equal(6, counts.Count);
        foreach (var (order, c) in counts)
        {
            AssertFraction(c, Draws, 1.0 / 6, $"order {order}");
        }

        // The six orders give six different images, so applying in listed order instead would be seen above.
        Assert.Equal(6, expected.Values.Select(v => $"{v.Width}x{v.Height}:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(v.Pixels))).Distinct().Count());
    }

    [Fact]
    public void ComposeAppliesEveryChildInListedOrder()
    {
        var t = Registry.Parse<Sample>(string.Join(" | ", Children));
        var (output, indices) = Draw(t, 0);
        Assert.Equal([0, 1, 2], indices);
        Assert.True(Chain([0, 1, 2]).ContentEquals((Image<byte>)output.Image));
    }
}
