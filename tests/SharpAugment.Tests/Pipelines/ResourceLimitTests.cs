using System.Globalization;
using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Kernels;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Tests.Transforms;
using SharpAugment.Transforms.Geometric;

namespace SharpAugment.Tests.Pipelines;

/// <summary>No parameter value makes a transform hang or allocate gigabytes: every registered image transform at its schema's extremes finishes or refuses with a parameter error, and each case of issue 24 has its regression test.</summary>
public class ResourceLimitTests
{
    private const long AllocationBudget = 2L << 30;
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(10);
    private static readonly TransformRegistry Registry = Registries.CreateFull();

    // Outputs up to 4 megapixels keep the sweep light on a shared machine; the default limit has its own tests below.
    private static readonly ResourceLimits SweepLimits = new() { MaxPixels = 4_000_000 };

    public static TheoryData<string> ImageTransformNames()
    {
        var data = new TheoryData<string>();
        foreach (var d in Registry.Descriptors.Where(d => (d.TargetType == typeof(Sample) || d.TargetType == typeof(ImageBatch)) && d.Schema.Positional is null))
        {
            data.Add(d.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ImageTransformNames))]
    public void ExtremeParameterValuesFinishOrAreRefused(string name)
    {
        var descriptor = Registry.Get(name);
        var baseSpec = PipelineText.Parse(TransformMatrixTests.Cases.TryGetValue(name, out var text) ? text : BatchCases.GetValueOrDefault(name, name));
        int tried = 0;
        foreach (var p in descriptor.Schema.Parameters)
        {
            foreach (var value in ExtremeValues(p))
            {
                var args = baseSpec.Arguments.Where(a => a.Key != p.Name).Append(new SpecArgument(p.Name, value)).ToArray();
                RunGuarded(new TransformSpec(name, args), descriptor.TargetType!);
                tried++;
            }
        }

        Assert.True(tried > 0 || descriptor.Schema.Parameters.All(p => ExtremeValues(p).Count == 0));
    }

    private static readonly Dictionary<string, string> BatchCases = new()
    {
        ["mixup"] = "mixup(alpha=1)",
        ["cutmix"] = "cutmix(alpha=1)",
        ["timm_mixup"] = "timm_mixup",
        ["mosaic"] = "mosaic",
    };

    /// <summary>Each schema bound, just inside an exclusive bound, ten times the largest bound (or the default, for an unbounded side) and, where unbounded, the largest finite number.</summary>
    private static List<SpecValue> ExtremeValues(ParamInfo p)
    {
        var a = p.Attribute;
        var element = ElementType(p.Type);
        if (element is null)
        {
            return [];
        }

        bool integer = element == typeof(int) || element == typeof(IntRange);
        var numbers = new List<double>();
        if (!double.IsNaN(a.Min))
        {
            numbers.Add(a.MinExclusive ? (integer ? a.Min + 1 : a.Min + 1e-9) : a.Min);
        }
        else
        {
            numbers.Add(integer ? int.MinValue : -double.MaxValue);
            numbers.Add(-10 * Math.Max(1, Math.Abs(DefaultMagnitude(p))));
        }

        if (!double.IsNaN(a.Max))
        {
            numbers.Add(a.Max);
            numbers.Add(10 * Math.Max(Math.Abs(a.Max), 1));
        }
        else
        {
            numbers.Add(10 * Math.Max(1, Math.Abs(DefaultMagnitude(p))));
            numbers.Add(integer ? int.MaxValue : double.MaxValue);
        }

        int count = (p.Default as Array)?.Length is > 0 and int n0 ? n0 : 2;
        var values = new List<SpecValue>();
        foreach (double n in numbers.Distinct())
        {
            double v = integer ? Math.Clamp(Math.Round(n), int.MinValue, int.MaxValue) : n;
            SpecValue one = new NumberValue(v);
            values.Add(p.Type.IsArray ? new ListValue(Enumerable.Repeat(one, count).ToArray()) : one);
        }

        return values;
    }

    private static Type? ElementType(Type t)
    {
        var e = t.IsArray ? t.GetElementType()! : Nullable.GetUnderlyingType(t) ?? t;
        return e == typeof(int) || e == typeof(double) || e == typeof(float) || e == typeof(FloatRange) || e == typeof(IntRange) ? e : null;
    }

    private static double DefaultMagnitude(ParamInfo p) => p.Default switch
    {
        int i => i,
        double d => d,
        float f => f,
        FloatRange r => Math.Max(Math.Abs(r.Lo), Math.Abs(r.Hi)),
        IntRange r => Math.Max(Math.Abs(r.Lo), Math.Abs(r.Hi)),
        int[] xs when xs.Length > 0 => xs.Max(Math.Abs),
        double[] xs when xs.Length > 0 => xs.Max(Math.Abs),
        FloatRange[] rs when rs.Length > 0 => rs.Max(r => Math.Max(Math.Abs(r.Lo), Math.Abs(r.Hi))),
        _ => 1,
    };

    /// <summary>Builds and applies one spec under the sweep's time and allocation budget; only a parameter error may escape.</summary>
    private static void RunGuarded(TransformSpec spec, Type target)
    {
        using var budget = new CancellationTokenSource(TimeBudget);
        long before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            var context = new AugmentContext(Rng.ForSample(7, 0, 0)) { Limits = SweepLimits, CancellationToken = budget.Token };
            if (target == typeof(ImageBatch))
            {
                Registry.Build<ImageBatch>(spec).Apply(BatchFixtures.Flat(4), context);
            }
            else
            {
                Registry.Build<Sample>(spec).Apply(TestImages.FullSample(40, 32, 3), context);
            }
        }
        catch (TransformParameterException e)
        {
            Assert.Equal(spec.Name, e.Transform);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{spec} ran past the {TimeBudget.TotalSeconds} s budget");
        }
        catch (Exception e)
        {
            Assert.Fail($"{spec} threw {e.GetType().Name}: {e.Message}");
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationBudget, $"{spec} allocated {allocated} bytes");
    }

    private static Sample Photo() => new(TestImages.Random(400, 328, 3));

    private static Sample ApplyText(string text, Sample sample, ResourceLimits? limits = null, CancellationToken cancellation = default) =>
        Registry.Parse<Sample>(text).Apply(sample, new AugmentContext(Rng.ForSample(0, 0, 0)) { Limits = limits ?? ResourceLimits.Default, CancellationToken = cancellation });

    [Fact]
    public void HugeGaussianKernelIsRefusedAsTorchvisionRefusesItsReflectPadding()
    {
        foreach (string k in new[] { "99999", "2001", "[801, 3]", "[3, 657]" })
        {
            var e = Assert.Throws<TransformParameterException>(() => ApplyText($"gaussian_blur(kernel_size={k})", Photo()));
            Assert.Equal(("gaussian_blur", "kernel_size"), (e.Transform, e.Parameter));
            Assert.Contains("400x328", e.Message, StringComparison.Ordinal);
        }

        // The largest kernels torchvision accepts on 400x328 (padding 399 and 327) still run.
        var blurred = ApplyText("gaussian_blur(kernel_size=[799, 655], sigma=50)", Photo());
        Assert.Equal((400, 328), (blurred.Width, blurred.Height));
    }

    [Fact]
    public void ElasticWithHugeSigmaIsRefused()
    {
        var e = Assert.Throws<TransformParameterException>(() => ApplyText("elastic(alpha=50, sigma=10000)", Photo()));
        Assert.Equal(("elastic", "sigma"), (e.Transform, e.Parameter));

        // torchvision's kernel int(8 sigma + 1) made odd: sigma 40.8 gives 327 taps (padding 163 < 328), sigma 81.9 gives 657 (padding 328).
        Assert.Equal(400, ApplyText("elastic(alpha=50, sigma=40.8)", Photo()).Width);
        Assert.Throws<TransformParameterException>(() => ApplyText("elastic(alpha=50, sigma=81.9)", Photo()));
    }

    [Theory]
    [InlineData("resize(width=100000, height=100000)", "resize", "width")]
    [InlineData("resize(width=40000, height=40000)", "resize", "width")]
    [InlineData("center_crop(width=60000, height=60000)", "center_crop", "width")]
    [InlineData("random_crop(width=20000, height=20000)", "random_crop", "width")]
    [InlineData("random_resized_crop(width=20000, height=20000)", "random_resized_crop", "width")]
    [InlineData("crop(width=20000, height=20000)", "crop", "width")]
    [InlineData("pad_if_needed(min_width=20000, min_height=20000)", "pad_if_needed", "min_width")]
    public void FixedOutputsOverTheLimitAreRefusedWhenBuilt(string text, string transform, string parameter)
    {
        var e = Assert.Throws<OutputSizeException>(() => Registry.Parse<Sample>(text));
        Assert.Equal((transform, parameter, ResourceLimits.DefaultMaxPixels), (e.Transform, e.Parameter, e.MaxPixels));
        Assert.Contains("pixels", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pad(padding=100000)", "padding", 200400, 200328)]
    [InlineData("resize(size=100000)", "size", 121951, 100000)]
    [InlineData("longest_max_size(max_size=100000)", "max_size", 100000, 82000)]
    [InlineData("random_scale(scale_limit=100..100)", "scale_limit", 40400, 33128)]
    [InlineData("pad_if_needed(min_width=1, min_height=1, pad_width_divisor=100000000)", "pad_width_divisor", 100000000, 328)]
    public void OutputsThatDependOnTheImageAreRefusedBeforeAllocating(string text, string parameter, double width, double height)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var photo = Photo();
        var e = Assert.Throws<OutputSizeException>(() => ApplyText(text, photo));
        Assert.Equal((parameter, width, height), (e.Parameter, e.Width, e.Height));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{width}x{height}"), e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 << 20);
    }

    [Fact]
    public void TheLimitInTheContextIsTheOneApplied()
    {
        var photo = Photo();
        var small = new ResourceLimits { MaxPixels = 400 * 328 };
        Assert.Equal(400, ApplyText("rotate(angle=0, expand=true)", photo, small).Width);
        var e = Assert.Throws<OutputSizeException>(() => ApplyText("rotate(angle=45, expand=true)", photo, small));
        Assert.Equal(("rotate", "expand"), (e.Transform, e.Parameter));
        Assert.True(ApplyText("rotate(angle=45, expand=true)", photo).Width > 400);
        Assert.Throws<OutputSizeException>(() => ApplyText("resize(width=401, height=328)", photo, small));
        Assert.Throws<OutputSizeException>(() => ApplyText("hflip | pad(padding=1)", photo, small));
    }

    [Theory]
    [InlineData("rotate(angle=1e308)", "angle")]
    [InlineData("rotate(angle=361)", "angle")]
    [InlineData("affine(angle=-1e308)", "angle")]
    [InlineData("affine(scale=1e-300)", "scale")]
    [InlineData("affine(scale=1e300)", "scale")]
    [InlineData("affine(translate=[1e300, 0])", "translate")]
    [InlineData("rotate(angle=10, center=[1e300, 0])", "center")]
    [InlineData("grid_distortion(num_steps=2000000000)", "num_steps")]
    [InlineData("augmix(mixture_width=100)", "mixture_width")]
    [InlineData("augmix(chain_depth=100)", "chain_depth")]
    public void MeaninglessGeometryIsRefusedWhenBuiltWithTheAllowedRange(string text, string parameter)
    {
        var e = Assert.Throws<TransformParameterException>(() => Registry.Parse<Sample>(text));
        Assert.Equal(parameter, e.Parameter);
        Assert.StartsWith("[", e.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSchemaListsTheNewBounds()
    {
        string Range(string transform, string parameter) => Registry.Get(transform).Schema.Parameters.Single(p => p.Name == parameter).RangeDescription;
        Assert.Equal("[-360, 360]", Range("rotate", "angle"));
        Assert.Equal("[0.001, 1000]", Range("affine", "scale"));
        Assert.Equal("[0, 100000000]", Range("resize", "width"));
        Assert.Equal("[1, 16]", Range("augmix", "mixture_width"));
        Assert.Equal("[1, 10000]", Range("grid_distortion", "num_steps"));
    }

    [Fact]
    public void TheDecodersAndTheTransformsShareOneLimit()
    {
        Assert.Equal(ResourceLimits.DefaultMaxPixels, ImageCodec.DefaultMaxPixels);
        Assert.Equal(100_000_000, ResourceLimits.Default.MaxPixels);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResourceLimits { MaxPixels = 0 });
        Assert.Same(ResourceLimits.Default, new AugmentContext(new Rng(1)).Limits);
    }

    [Theory]
    [InlineData("gaussian_blur(kernel_size=5)")]
    [InlineData("elastic(alpha=20, sigma=3)")]
    [InlineData("rotate(angle=10) | hflip")]
    [InlineData("randaugment(num_ops=4)")]
    [InlineData("augmix")]
    public void ACancelledTokenStopsTheCall(string text)
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ApplyText(text, Photo(), cancellation: source.Token));
    }

    [Fact]
    public void TheLongLoopsCheckTheTokenInsideTheKernel()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var src = new byte[40 * 30 * 3];
        var dst = new byte[src.Length];
        float[] k = [0.25f, 0.5f, 0.25f];
        Assert.ThrowsAny<OperationCanceledException>(() => Convolution.Separable(src, dst, new float[Convolution.ByteScratchLength(40, 30, 3)], 40, 30, 3, k, k, source.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => GaussianBlurKernel.TryBlur(src, dst, 40, 30, 3, k, k, source.Token));
        var f = new float[src.Length];
        Assert.ThrowsAny<OperationCanceledException>(() => Convolution.Separable(f, new float[f.Length], new float[f.Length], 40, 30, 3, k, k, source.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Elastic.Maps(40, 30, new ElasticParams(10, 2, 1), source.Token));
    }

    [Fact]
    public void ATimeBudgetStopsALongRun()
    {
        var limits = new ResourceLimits { TimeBudget = TimeSpan.FromMilliseconds(1) };
        using var budget = limits.StartBudget();
        var pipeline = Registry.Parse<Sample>("gaussian_blur(kernel_size=[799, 655], sigma=50) | elastic(alpha=50, sigma=40)");
        var photo = Photo();
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            // Each pass runs for much longer than the budget, so the loop ends on cancellation, never on its count.
            for (int i = 0; i < 1000; i++)
            {
                pipeline.Apply(photo, new AugmentContext(Rng.ForSample(0, 0, i)) { Limits = limits, CancellationToken = budget.Token });
            }
        });
    }
}
