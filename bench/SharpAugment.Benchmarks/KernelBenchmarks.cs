using System.Buffers;
using BenchmarkDotNet.Attributes;
using SharpAugment.Geometry;
using SharpAugment.Kernels;

namespace SharpAugment.Benchmarks;

/// <summary>The geometric kernels on one 512x512 RGB uint8 image, writing into preallocated buffers (the kernels' own cost, no allocation).</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private const int Size = 512;
    private byte[] _src = [];
    private byte[] _dst = [];
    private byte[] _small = [];
    private float[] _scratch = [];
    private ResizeAxis _axis = null!;
    private double[] _rotate = [];
    private double[] _affine = [];
    private double[] _rotateTheta = [];
    private double[] _affineTheta = [];
    private readonly float[] _fill = [0f, 0f, 0f];
    private readonly float[] _gauss = new float[5];
    private float[] _blurScratch = [];

    [GlobalSetup]
    public void Setup()
    {
        _src = new byte[Size * Size * 3];
        var rng = new SharpAugment.Randomness.Rng(1);
        for (int i = 0; i < _src.Length; i++)
        {
            _src[i] = (byte)((i * 7 % 251) ^ rng.Next(16));
        }

        _dst = new byte[_src.Length];
        _small = new byte[224 * 224 * 3];
        _axis = ResizeAxis.Create(Size, 224, Interpolation.Bilinear, antialias: true);
        _scratch = new float[SharpAugment.Kernels.Resize.ScratchLength(Size, 224, 3)];
        Convolution.GaussianKernel(_gauss, 1.0);
        _blurScratch = new float[Convolution.ByteScratchLength(Size, Size, 3)];
        var rotate = AffineMatrix.TorchvisionInverse(0, 0, -30, 0, 0, 1, 0, 0);
        var affine = AffineMatrix.TorchvisionInverse(0, 0, 15, 10, 5, 1.1, 10, 0);
        _rotate = AffineMatrix.CenteredToPixels(rotate, Size, Size, Size, Size).ToArray();
        _affine = AffineMatrix.CenteredToPixels(affine, Size, Size, Size, Size).ToArray();
        _rotateTheta = rotate.ToArray();
        _affineTheta = affine.ToArray();
    }

    [Benchmark]
    public void HorizontalFlip() => Flip.Horizontal<byte>(_src, _dst, Size, Size, 3);

    [Benchmark]
    public void VerticalFlip() => Flip.Vertical<byte>(_src, _dst, Size, Size, 3);

    [Benchmark]
    public void Transpose() => Flip.Transpose<byte>(_src, _dst, Size, Size, 3);

    [Benchmark]
    public void RotateBilinear() => Warp.Projective<byte>(_src, Size, Size, 3, _dst, Size, Size, _rotate, Interpolation.Bilinear, BorderMode.Constant, _fill);

    [Benchmark]
    public void AffineBilinear() => Warp.Projective<byte>(_src, Size, Size, 3, _dst, Size, Size, _affine, Interpolation.Bilinear, BorderMode.Constant, _fill);

    [Benchmark]
    public void TorchRotateBilinear() => Warp.TorchAffine<byte>(_src, Size, Size, 3, _dst, Size, Size, _rotateTheta, Interpolation.Bilinear, _fill);

    [Benchmark]
    public void TorchAffineBilinear() => Warp.TorchAffine<byte>(_src, Size, Size, 3, _dst, Size, Size, _affineTheta, Interpolation.Bilinear, _fill);

    [Benchmark]
    public void RotateNearest() => Warp.Projective<byte>(_src, Size, Size, 3, _dst, Size, Size, _rotate, Interpolation.Nearest, BorderMode.Constant, _fill);

    [Benchmark]
    public void ResizeAntialiased() => SharpAugment.Kernels.Resize.Apply<byte>(_src, _small, 3, _axis, _axis, _scratch);

    /// <summary>random_resized_crop's kernel on a typical window: 375x375 at (60, 40) to 224x224, bilinear, no antialias.</summary>
    [Benchmark]
    public void CropResizeBilinear() => SharpAugment.Kernels.Resize.TryApplyTwoTap(_src.AsSpan((40 * Size * 3) + (60 * 3)), Size * 3, 375, 375, _small, 224, 224, 3, Interpolation.Bilinear, false);

    /// <summary>gaussian_blur 5x5, sigma 1, in 16-bit fixed point (the transform's byte path).</summary>
    [Benchmark]
    public void GaussianBlurFixed() => GaussianBlurKernel.TryBlur(_src, _dst, Size, Size, 3, _gauss, _gauss);

    /// <summary>The same blur by the float32 path (torchvision's arithmetic).</summary>
    [Benchmark]
    public void GaussianBlurFloat() => Convolution.Separable(_src, _dst, _blurScratch, Size, Size, 3, _gauss, _gauss);

    [Benchmark]
    public void ResizeAxes() => ResizeAxis.Create(Size, 224, Interpolation.Bilinear, antialias: true);

    [Benchmark]
    public void AllocateImage() => GC.KeepAlive(new SharpAugment.Imaging.Image<byte>(Size, Size, 3));
}
