using System.Runtime.Intrinsics;
using SharpAugment.Kernels.Vectorized;
using SharpAugment.Randomness;

namespace SharpAugment.Tests.Kernels.Vectorized;

/// <summary>The shared vector driver: every path, every tail length up to two of the widest blocks and one more, in place and not, the
/// byte/float widening and narrowing, and nothing written past the end. Each expectation is the operator's scalar form element by element.</summary>
[Trait("Category", "Kernels")]
public class PointwiseTests
{
    // The widest block is 32 elements (Vector256<byte>, or 32 bytes widened to four Vector256<float>): lengths 0..65 cover every tail.
    private const int MaxLength = (2 * 32) + 1;
    private const byte Sentinel = 0xA5;

    public static TheoryData<VectorWidth> Widths() => new() { VectorWidth.Scalar, VectorWidth.Vector128, VectorWidth.Vector256 };

    [Theory]
    [MemberData(nameof(Widths))]
    public void ByteMapEqualsTheScalarOperatorAtEveryLength(VectorWidth width)
    {
        var op = new XorAbove(100);
        for (int n = 0; n <= MaxLength; n++)
        {
            var src = RandomBytes(n, 1);
            var dst = Filled(n + 7, Sentinel);
            Pointwise.Map<byte, XorAbove>(src, dst.AsSpan(0, n), op, width);
            for (int i = 0; i < n; i++)
            {
                Assert.True(op.Invoke(src[i]) == dst[i], $"n={n} i={i}: {dst[i]} instead of {op.Invoke(src[i])}");
            }

            AssertUntouched(dst, n);
            var inPlace = (byte[])src.Clone();
            Pointwise.Map<byte, XorAbove>(inPlace, inPlace, op, width);
            Assert.Equal(dst[..n], inPlace);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void FloatBinaryMapEqualsTheScalarOperatorAtEveryLength(VectorWidth width)
    {
        var op = new Affine2(0.3f, -1.7f);
        for (int n = 0; n <= MaxLength; n++)
        {
            var a = RandomFloats(n, 2);
            var b = RandomFloats(n, 3);
            var dst = new float[n + 3];
            Array.Fill(dst, 42f);
            Pointwise.Map<float, Affine2>(a, b, dst.AsSpan(0, n), op, width);
            for (int i = 0; i < n; i++)
            {
                Assert.True(BitConverter.SingleToInt32Bits(op.Invoke(a[i], b[i])) == BitConverter.SingleToInt32Bits(dst[i]), $"n={n} i={i}");
            }

            Assert.All(dst[n..], v => Assert.Equal(42f, v));
            var inPlace = (float[])a.Clone();
            Pointwise.Map<float, Affine2>(inPlace, b, inPlace, op, width);
            Assert.Equal(dst[..n], inPlace);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void BytesAsFloatsWidenAndNarrowLikeTheScalarCastAtEveryLength(VectorWidth width)
    {
        var unary = new Scale(1.9f, -60f);
        var binary = new Affine2(0.7f, 0.45f);
        for (int n = 0; n <= MaxLength; n++)
        {
            var a = RandomBytes(n, 4);
            var b = RandomBytes(n, 5);
            var one = Filled(n + 5, Sentinel);
            var two = Filled(n + 5, Sentinel);
            Pointwise.MapBytesAsFloats(a, one.AsSpan(0, n), unary, width);
            Pointwise.MapBytesAsFloats(a, b, two.AsSpan(0, n), binary, width);
            for (int i = 0; i < n; i++)
            {
                Assert.True(Pointwise.ToByte(unary.Invoke(a[i])) == one[i], $"unary n={n} i={i}");
                Assert.True(Pointwise.ToByte(binary.Invoke(a[i], b[i])) == two[i], $"binary n={n} i={i}");
            }

            AssertUntouched(one, n);
            AssertUntouched(two, n);
            var inPlace = (byte[])a.Clone();
            Pointwise.MapBytesAsFloats(inPlace, b, inPlace, binary, width);
            Assert.Equal(two[..n], inPlace);
            inPlace = (byte[])a.Clone();
            Pointwise.MapBytesAsFloats(inPlace, inPlace, unary, width);
            Assert.Equal(one[..n], inPlace);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void EveryByteSurvivesTheWideningAndNarrowing(VectorWidth width)
    {
        var all = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            all[i] = (byte)i;
        }

        var dst = new byte[256];
        Pointwise.MapBytesAsFloats(all, dst, new Scale(1f, 0f), width);
        Assert.Equal(all, dst);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void FloatsNarrowToBytesAsTheScalarClampAndTruncate(VectorWidth width)
    {
        float[] edges = [-1e9f, -256f, -1f, -0.999f, -0f, 0f, 0.5f, 0.999f, 1f, 127.5f, 254.999f, 255f, 255.5f, 256f, 300f, 1e9f];
        for (int n = 0; n <= MaxLength; n++)
        {
            var src = new float[n];
            for (int i = 0; i < n; i++)
            {
                src[i] = edges[(i * 7) % edges.Length];
            }

            var dst = Filled(n + 5, Sentinel);
            Pointwise.MapFloatsToBytes(src, dst.AsSpan(0, n), new Scale(1f, 0f), width);
            for (int i = 0; i < n; i++)
            {
                Assert.True(Pointwise.ToByte(src[i]) == dst[i], $"n={n} i={i}: {src[i]} became {dst[i]}");
            }

            AssertUntouched(dst, n);
        }
    }

    [Fact]
    public void EveryWidthGivesTheScalarBytesOnALongInput()
    {
        var a = RandomBytes(4099, 6);
        var b = RandomBytes(4099, 7);
        var scalar = new byte[a.Length];
        Pointwise.MapBytesAsFloats(a, b, scalar, new Affine2(1.3f, -0.2f), VectorWidth.Scalar);
        foreach (var width in new[] { VectorWidth.Vector128, VectorWidth.Vector256 })
        {
            var vector = new byte[a.Length];
            Pointwise.MapBytesAsFloats(a, b, vector, new Affine2(1.3f, -0.2f), width);
            Assert.Equal(scalar, vector);
        }
    }

    [Fact]
    public void AShortSecondInputOrOutputIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Pointwise.Map<float, Affine2>(new float[8], new float[7], new float[8], new Affine2(1f, 1f), VectorWidth.Scalar));
        Assert.Contains("Pointwise", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Pointwise.MapBytesAsFloats(new byte[8], new byte[7], new Scale(1f, 0f), VectorWidth.Scalar));
    }

    private static byte[] RandomBytes(int n, ulong seed)
    {
        var rng = new Rng(seed);
        var a = new byte[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = (byte)rng.Next(256);
        }

        return a;
    }

    private static float[] RandomFloats(int n, ulong seed)
    {
        var rng = new Rng(seed);
        var a = new float[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = (float)((rng.NextDouble() * 4.0) - 2.0);
        }

        return a;
    }

    private static byte[] Filled(int n, byte value)
    {
        var a = new byte[n];
        Array.Fill(a, value);
        return a;
    }

    private static void AssertUntouched(byte[] dst, int n)
    {
        for (int i = n; i < dst.Length; i++)
        {
            Assert.True(dst[i] == Sentinel, $"the driver wrote element {i} past the end {n}");
        }
    }

    /// <summary>A byte op with a data-dependent branch, so a lane computed from the wrong element shows.</summary>
    private readonly struct XorAbove(byte threshold) : IUnaryOperator<byte>
    {
        public byte Invoke(byte x) => x >= threshold ? (byte)(x ^ 0x5A) : (byte)(x + 1);

        public Vector128<byte> Invoke(Vector128<byte> x) =>
            Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(x, Vector128.Create(threshold)), x ^ Vector128.Create((byte)0x5A), x + Vector128<byte>.One);

        public Vector256<byte> Invoke(Vector256<byte> x) =>
            Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(x, Vector256.Create(threshold)), x ^ Vector256.Create((byte)0x5A), x + Vector256<byte>.One);
    }

    /// <summary>r*x + c, unclamped: the narrowing alone must saturate.</summary>
    private readonly struct Scale(float r, float c) : IUnaryOperator<float>
    {
        public float Invoke(float x) => (r * x) + c;

        public Vector128<float> Invoke(Vector128<float> x) => (r * x) + Vector128.Create(c);

        public Vector256<float> Invoke(Vector256<float> x) => (r * x) + Vector256.Create(c);
    }

    /// <summary>r*x + s*y without fused multiply-add.</summary>
    private readonly struct Affine2(float r, float s) : IBinaryOperator<float>
    {
        public float Invoke(float x, float y) => (r * x) + (s * y);

        public Vector128<float> Invoke(Vector128<float> x, Vector128<float> y) => (r * x) + (s * y);

        public Vector256<float> Invoke(Vector256<float> x, Vector256<float> y) => (r * x) + (s * y);
    }
}
