using BenchmarkDotNet.Attributes;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Benchmarks;

/// <summary>Whole transforms through the registry on a 512x512 RGB image, as `sharpaugment bench` calls them: kernel plus allocation and pipeline overhead.</summary>
[MemoryDiagnoser]
public class TransformBenchmarks
{
    private Image<byte> _image = null!;
    private ITransform<Sample> _vflip = null!;
    private ITransform<Sample> _hflip = null!;
    private ITransform<Sample> _rrc = null!;
    private long _index;

    [GlobalSetup]
    public void Setup()
    {
        _image = new Image<byte>(512, 512, 3);
        var r = new TransformRegistry().AddImageTransforms();
        _vflip = r.Parse<Sample>("vflip(p=1)");
        _hflip = r.Parse<Sample>("hflip(p=1)");
        _rrc = r.Parse<Sample>("random_resized_crop(width=224, height=224, antialias=false, p=1)");
    }

    [Benchmark]
    public object VFlipTransform() => _vflip.Apply(new Sample(_image), new AugmentContext(Rng.ForSample(0, 0, _index++)));

    [Benchmark]
    public object HFlipTransform() => _hflip.Apply(new Sample(_image), new AugmentContext(Rng.ForSample(0, 0, _index++)));

    [Benchmark]
    public object RandomResizedCropTransform() => _rrc.Apply(new Sample(_image), new AugmentContext(Rng.ForSample(0, 0, _index++)));

    [Benchmark]
    public object UninitializedImage() => Image<byte>.CreateUninitialized(512, 512, 3);
}
