using System.Runtime.Intrinsics;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>Per-element blends of two images, out = ratio*a + (1-ratio)*b, with torchvision's _blend arithmetic: float32, clamped, truncated for bytes.</summary>
public static class Blend
{
    /// <summary>Byte blend: trunc(clamp(float(ratio)*a + float(1-ratio)*b, 0, 255)); vectorized when the hardware has it.</summary>
    public static void Bytes(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> dst, double ratio) =>
        Bytes(a, b, dst, ratio, true);

    /// <summary>Byte blend rounded half to even, rint(clamp(float(ratio)*a + float(1-ratio)*b, 0, 255)), as timm's FastCollateMixup writes uint8 images (np.rint of the float32 blend).</summary>
    public static void BytesRounded(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> dst, double ratio) =>
        Bytes(a, b, dst, ratio, true, round: true);

    /// <summary>Byte blend with a constant image, as brightness (constant 0) and contrast (the gray mean) call torchvision's _blend: trunc(clamp(float(ratio)*x + float(1-ratio)*constant, 0, 255)), the bytes <see cref="LutTables.Blend"/>'s table holds.</summary>
    public static void WithConstant(ReadOnlySpan<byte> src, Span<byte> dst, double ratio, float constant) =>
        WithConstant(src, dst, ratio, constant, true);

    /// <summary><see cref="WithConstant(ReadOnlySpan{byte}, Span{byte}, double, float)"/> with an explicit path, for tests.</summary>
    internal static void WithConstant(ReadOnlySpan<byte> src, Span<byte> dst, double ratio, float constant, bool vectorized)
    {
        // Computing the elements at vector width beats a table walk, which is one scalar load per byte.
        float r = (float)ratio;
        float other = (float)(1.0 - ratio) * constant;
        bool clamp = !((Math.Abs((double)r) * 255.0) + Math.Abs((double)other) < 2e9);
        Pointwise.MapBytesAsFloats(src, dst, new ScaleAdd(r, other, clamp), Pointwise.Path(vectorized));
    }

    /// <summary>Float blend: clamp(ratio*a + (1-ratio)*b, 0, 1) (torchvision's float path, no rounding).</summary>
    public static void Floats(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> dst, double ratio) =>
        Floats(a, b, dst, ratio, true);

    /// <summary><see cref="Floats(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, double)"/> with an explicit path, for tests.</summary>
    internal static void Floats(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> dst, double ratio, bool vectorized) =>
        Pointwise.Map(a, b, dst, new UnitWeightedSum((float)ratio, (float)(1.0 - ratio)), Pointwise.Path(vectorized));

    /// <summary>The byte blend with an explicit path, so tests run the vector and the scalar code on the same machine; round takes the float32 sum half to even (no 0.5 is added: that addition itself rounds, 64.4999962f + 0.5f is 65) instead of truncating.</summary>
    internal static void Bytes(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> dst, double ratio, bool vectorized, bool round = false)
    {
        var weights = new WeightedSum((float)ratio, (float)(1.0 - ratio));
        if (round)
        {
            Pointwise.MapBytesAsFloats(a, b, dst, new RoundedWeightedSum(weights), Pointwise.Path(vectorized));
        }
        else
        {
            Pointwise.MapBytesAsFloats(a, b, dst, weights, Pointwise.Path(vectorized));
        }
    }

    /// <summary>r*x + c; the vector forms clamp to 0..255 only when r and c could leave int32 range (the driver's saturating narrow does the rest).</summary>
    private readonly record struct ScaleAdd(float R, float C, bool Clamp) : IUnaryOperator<float>
    {
        public float Invoke(float x) => (R * x) + C;

        public Vector128<float> Invoke(Vector128<float> x) => Clamp ? Vector128.Min(Vector128.Max((R * x) + Vector128.Create(C), Vector128<float>.Zero), Vector128.Create(255f)) : (R * x) + Vector128.Create(C);

        public Vector256<float> Invoke(Vector256<float> x) => Clamp ? Vector256.Min(Vector256.Max((R * x) + Vector256.Create(C), Vector256<float>.Zero), Vector256.Create(255f)) : (R * x) + Vector256.Create(C);
    }

    /// <summary>r*a + s*b clamped to 0..255; multiply and add stay separate operations (no fused multiply-add) so each rounding matches torch's float32 kernels.</summary>
    private readonly record struct WeightedSum(float R, float S) : IBinaryOperator<float>
    {
        public float Invoke(float x, float y) => (R * x) + (S * y);

        public Vector128<float> Invoke(Vector128<float> x, Vector128<float> y) =>
            Vector128.Min(Vector128.Max((R * x) + (S * y), Vector128<float>.Zero), Vector128.Create(255f));

        public Vector256<float> Invoke(Vector256<float> x, Vector256<float> y) =>
            Vector256.Min(Vector256.Max((R * x) + (S * y), Vector256<float>.Zero), Vector256.Create(255f));
    }

    /// <summary>The weighted sum rounded half to even (np.rint), so the narrow to bytes that follows keeps the rounded value.</summary>
    private readonly record struct RoundedWeightedSum(WeightedSum Sum) : IBinaryOperator<float>
    {
        public float Invoke(float x, float y) => MathF.Round(Sum.Invoke(x, y));

        public Vector128<float> Invoke(Vector128<float> x, Vector128<float> y) => Vector128.Round(Sum.Invoke(x, y));

        public Vector256<float> Invoke(Vector256<float> x, Vector256<float> y) => Vector256.Round(Sum.Invoke(x, y));
    }

    /// <summary>Math.Clamp(r*a + s*b, 0, 1) exactly: the vector forms select as Math.Clamp compares, so NaN and -0 pass through as there.</summary>
    private readonly record struct UnitWeightedSum(float R, float S) : IBinaryOperator<float>
    {
        public float Invoke(float x, float y) => Math.Clamp((R * x) + (S * y), 0f, 1f);

        public Vector128<float> Invoke(Vector128<float> x, Vector128<float> y)
        {
            var v = (R * x) + (S * y);
            return Vector128.ConditionalSelect(Vector128.LessThan(v, Vector128<float>.Zero), Vector128<float>.Zero, Vector128.ConditionalSelect(Vector128.GreaterThan(v, Vector128<float>.One), Vector128<float>.One, v));
        }

        public Vector256<float> Invoke(Vector256<float> x, Vector256<float> y)
        {
            var v = (R * x) + (S * y);
            return Vector256.ConditionalSelect(Vector256.LessThan(v, Vector256<float>.Zero), Vector256<float>.Zero, Vector256.ConditionalSelect(Vector256.GreaterThan(v, Vector256<float>.One), Vector256<float>.One, v));
        }
    }
}
