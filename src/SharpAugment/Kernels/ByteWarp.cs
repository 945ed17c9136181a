using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>The uint8 fast path of <see cref="Warp.Projective{T}"/>: the same coordinates, weights and summation order as the generic kernel, so its bytes are identical, with the channels of an interior pixel in one Vector128 and out-of-image pixels filled without border lookups.</summary>
internal static class ByteWarp
{
    /// <summary>Pixels per pass of TorchBilinear (a multiple of 8; its buffers stay in L1).</summary>
    private const int Chunk = 64;

    /// <summary>Warps uint8 pixels (nearest or bilinear; bicubic goes through the generic sampler).</summary>
    public static void Projective(ReadOnlySpan<byte> src, int w, int h, int ch, Span<byte> dst, int dw, int dh,
        ReadOnlySpan<double> inverse, Interpolation interpolation, BorderMode border, ReadOnlySpan<float> fill, bool allowSimd)
    {
        bool affine = Warp.IsAffine(inverse);
        bool simd = allowSimd && Pointwise.Uses128 && ch is 3 or 4;
        bool constant = border == BorderMode.Constant;
        bool gather = simd && Pointwise.Uses256 && interpolation is Interpolation.Bilinear or Interpolation.Nearest && (long)w * h * ch + 4 <= int.MaxValue;
        bool nearest = interpolation == Interpolation.Nearest;
        var constantFill = constant ? Vector128.Create(fill[0], ch > 1 ? fill[1] : 0f, ch > 2 ? fill[2] : 0f, ch > 3 ? fill[3] : 0f) : Vector128.Create(float.NaN);
        int srcLen = w * h * ch, dstLen = dw * dh * ch, stride = w * ch;
        ref byte s0 = ref MemoryMarshal.GetReference(src);
        ref byte d0 = ref MemoryMarshal.GetReference(dst);
        float[]? rented = dw > 1024 ? ArrayPool<float>.Shared.Rent(2 * dw) : null;
        Span<float> coords = rented is null ? stackalloc float[2 * 1024] : rented;
        var us = coords[..dw];
        var vs = coords.Slice(dw, dw);
        try
        {
            for (int y = 0; y < dh; y++)
            {
                RowCoordinates(inverse, affine, y, us, vs, allowSimd);
                int o = y * dw * ch;
                for (int x = 0; x < dw; x++, o += ch)
                {
                    if (gather && (x & 7) == 0 && x + 8 <= dw && o + 32 <= dstLen
                        && Group(ref s0, w, h, ch, ref Unsafe.Add(ref MemoryMarshal.GetReference(us), x), ref Unsafe.Add(ref MemoryMarshal.GetReference(vs), x), ref Unsafe.Add(ref d0, o), nearest, constantFill))
                    {
                        x += 7;
                        o += 7 * ch;
                        continue;
                    }

                    float u = us[x], v = vs[x];
                    if (!(MathF.Abs(u) <= 1e8f) || !(MathF.Abs(v) <= 1e8f))
                    {
                        Slow(src, w, h, ch, u, v, interpolation, border, fill, dst, o);
                        continue;
                    }

                    if (interpolation == Interpolation.Nearest)
                    {
                        int xi = (int)MathF.Round(u), yi = (int)MathF.Round(v);
                        if ((uint)xi < (uint)w && (uint)yi < (uint)h)
                        {
                            ref byte sp = ref Unsafe.Add(ref s0, (yi * w + xi) * ch);
                            ref byte dp = ref Unsafe.Add(ref d0, o);
                            for (int c = 0; c < ch; c++)
                            {
                                Unsafe.Add(ref dp, c) = Unsafe.Add(ref sp, c);
                            }
                        }
                        else
                        {
                            Slow(src, w, h, ch, u, v, interpolation, border, fill, dst, o);
                        }

                        continue;
                    }

                    if (interpolation != Interpolation.Bilinear)
                    {
                        Slow(src, w, h, ch, u, v, interpolation, border, fill, dst, o);
                        continue;
                    }

                    float fx0 = MathF.Floor(u), fy0 = MathF.Floor(v);
                    int x0 = (int)fx0, y0 = (int)fy0;
                    float ax = u - fx0, ay = v - fy0;
                    float w00 = (1 - ax) * (1 - ay), w10 = ax * (1 - ay), w01 = (1 - ax) * ay, w11 = ax * ay;
                    if ((uint)x0 < (uint)(w - 1) && (uint)y0 < (uint)(h - 1))
                    {
                        int s00 = (y0 * w + x0) * ch, s01 = s00 + stride;
                        if (simd && s01 + ch + 4 <= srcLen)
                        {
                            var r = Vector128.Create(w00) * Load4(ref Unsafe.Add(ref s0, s00)) + Vector128.Create(w10) * Load4(ref Unsafe.Add(ref s0, s00 + ch));
                            r += Vector128.Create(w01) * Load4(ref Unsafe.Add(ref s0, s01));
                            r += Vector128.Create(w11) * Load4(ref Unsafe.Add(ref s0, s01 + ch));
                            Store(ref d0, o, ch, dstLen, r);
                            continue;
                        }

                        for (int c = 0; c < ch; c++)
                        {
                            float r = w00 * Unsafe.Add(ref s0, s00 + c) + w10 * Unsafe.Add(ref s0, s00 + ch + c)
                                    + w01 * Unsafe.Add(ref s0, s01 + c) + w11 * Unsafe.Add(ref s0, s01 + ch + c);
                            Unsafe.Add(ref d0, o + c) = PixelMath.From<byte>(r);
                        }

                        continue;
                    }

                    if (constant && (x0 < -1 || x0 >= w || y0 < -1 || y0 >= h))
                    {
                        // All four taps read the fill: the generic kernel's expression with every tap replaced by it.
                        for (int c = 0; c < ch; c++)
                        {
                            float f = fill[c];
                            Unsafe.Add(ref d0, o + c) = PixelMath.From<byte>(f * w00 + f * w10 + f * w01 + f * w11);
                        }

                        continue;
                    }

                    Slow(src, w, h, ch, u, v, interpolation, border, fill, dst, o);
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Eight pixels at once (AVX2 gathers of each tap's four bytes) when all eight lie inside the image with a row to spare below, or, with a constant border, all eight read only the fill; the arithmetic per lane is the scalar kernel's, in its order.</summary>
    /// <returns>False, writing nothing, when any of the eight needs the per-pixel path.</returns>
    private static unsafe bool Group(ref byte s0, int w, int h, int ch, ref float u0, ref float v0, ref byte d, bool nearest, Vector128<float> constantFill)
    {
        var u = Vector256.LoadUnsafe(ref u0);
        var v = Vector256.LoadUnsafe(ref v0);
        var finite = (Vector256.LessThanOrEqual(Vector256.Abs(u), Vector256.Create(1e8f)) & Vector256.LessThanOrEqual(Vector256.Abs(v), Vector256.Create(1e8f))).AsUInt32();
        if (finite != Vector256<uint>.AllBitsSet)
        {
            return false;
        }

        if (nearest)
        {
            return NearestGroup(ref s0, w, h, ch, u, v, ref d);
        }

        var fx0 = Vector256.Floor(u);
        var fy0 = Vector256.Floor(v);
        var x0 = Vector256.ConvertToInt32(fx0);
        var y0 = Vector256.ConvertToInt32(fy0);
        bool allInside = AllInside(x0, y0, w, h);
        if (!allInside && (float.IsNaN(constantFill.ToScalar()) || !AllOutside(x0, y0, w, h)))
        {
            return false;
        }

        var one = Vector256.Create(1f);
        var ax = u - fx0;
        var ay = v - fy0;
        var w00 = (one - ax) * (one - ay);
        var w10 = ax * (one - ay);
        var w01 = (one - ax) * ay;
        var w11 = ax * ay;
        if (!allInside)
        {
            var filled = Vector256<uint>.Zero;
            for (int c = 0; c < ch; c++)
            {
                var f = Vector256.Create(constantFill.GetElement(c));
                filled |= ToBytes(f * w00 + f * w10 + f * w01 + f * w11) << (8 * c);
            }

            StorePacked(filled, ch, ref d);
            return true;
        }

        var offset = (y0 * Vector256.Create(w) + x0) * Vector256.Create(ch);
        int stride = w * ch;
        fixed (byte* p = &s0)
        {
            var g00 = Avx2.GatherVector256((int*)p, offset, 1).AsUInt32();
            var g10 = Avx2.GatherVector256((int*)(p + ch), offset, 1).AsUInt32();
            var g01 = Avx2.GatherVector256((int*)(p + stride), offset, 1).AsUInt32();
            var g11 = Avx2.GatherVector256((int*)(p + stride + ch), offset, 1).AsUInt32();
            var packed = Vector256<uint>.Zero;
            for (int c = 0; c < ch; c++)
            {
                int shift = 8 * c;
                var r = w00 * Channel(g00, shift) + w10 * Channel(g10, shift);
                r += w01 * Channel(g01, shift);
                r += w11 * Channel(g11, shift);
                packed |= ToBytes(r) << shift;
            }

            StorePacked(packed, ch, ref d);
            return true;
        }
    }

    /// <summary>Eight nearest-neighbour pixels of Warp.TorchAffine at once: torchvision's float32 grid (the same multiplies, adds and fused multiply-adds per lane) and one AVX2 gather, when all eight are inside the image.</summary>
    /// <returns>False, writing nothing, when any of the eight needs the per-pixel path.</returns>
    internal static bool TorchNearestGroup(ref byte s0, int w, int h, int ch, ref float bx, float ry0, float ry1, float r00, float r01, float r20, float r21,
        float hw, float hh, ref byte d)
    {
        var x = Vector256.LoadUnsafe(ref bx);
        var one = Vector256.Create(1f);
        var gx = (x * Vector256.Create(r00) + Vector256.Create(ry0)) + Vector256.Create(r20);
        var gy = (x * Vector256.Create(r01) + Vector256.Create(ry1)) + Vector256.Create(r21);
        var u = Vector256.FusedMultiplyAdd(gx + one, Vector256.Create(hw), Vector256.Create(-0.5f));
        var v = Vector256.FusedMultiplyAdd(gy + one, Vector256.Create(hh), Vector256.Create(-0.5f));
        var finite = (Vector256.LessThan(Vector256.Abs(u), Vector256.Create(1e8f)) & Vector256.LessThan(Vector256.Abs(v), Vector256.Create(1e8f))).AsUInt32();
        return finite == Vector256<uint>.AllBitsSet && NearestGroup(ref s0, w, h, ch, u, v, ref d);
    }

    /// <summary>The bilinear uint8 RGB(A) body of Warp.TorchAffine with AVX2 and FMA: eight pixels per step with torchvision's per-lane float32 arithmetic, so the bytes equal the scalar kernel's.</summary>
    /// <remarks>
    /// Each chunk of a row runs in two passes. The first computes torch's grid per lane; a group whose 2x2 blocks all lie inside
    /// keeps its weights and tap offsets for the second pass, a group whose blocks all miss the image gets the fill pixel (torch
    /// sums four zero taps, and its mask is 0 too), and a mixed group goes to <see cref="TorchEdge"/> (masked gathers of the taps
    /// inside: torch's zero padding; with a fill, torch's mask from the same taps). The second pass reads each inside pixel's top
    /// and bottom taps as two 8-byte loads, transposes the bytes and sums the taps with torch's fused multiply-adds. Rounding is
    /// cvtps2dq (round half to even) and the packs saturate to 0..255, as PixelMath.From does. Groups with a non-finite coordinate
    /// and a fill, groups whose reads would reach past the image's last pixel (3 channels), and the row tail use the scalar kernel.
    /// </remarks>
    internal static unsafe void TorchBilinear(ReadOnlySpan<byte> src, int w, int h, int ch, Span<byte> dst, int dw, int dh,
        ReadOnlySpan<float> bx, ReadOnlySpan<float> bys, float r00, float r10, float r20, float r01, float r11, float r21, float hw, float hh, ReadOnlySpan<float> fill)
    {
        var edge = new TorchEdge(src, w, h, ch, dst, r00, r10, r20, r01, r11, r21, hw, hh, fill);
        int stride = w * ch;
        var one = Vector256.Create(1f);
        var half = Vector256.Create(-0.5f);
        var vr20 = Vector256.Create(r20);
        var vr21 = Vector256.Create(r21);
        var vhw = Vector256.Create(hw);
        var vhh = Vector256.Create(hh);
        var zero = Vector256<float>.Zero;
        var (minusOne, wm1, wm2, hm1, hm2) = (Vector256.Create(-1f), edge.Wm1, edge.Wm2, edge.Hm1, edge.Hm2);
        var width = Vector256.Create(w);
        var channels = Vector256.Create(ch);

        // With 3 channels the 8-byte reads must not start at the pixel before the last one (they would end 2 bytes past the image).
        bool guardEnd = ch == 3;
        var interleave = ch == 4
            ? Vector256.Create((byte)0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15, 0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15)
            : Vector256.Create((byte)0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11, 12, 13, 14, 15, 0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11, 12, 13, 14, 15);
        long* offsets = stackalloc long[Chunk];
        float* weights = stackalloc float[4 * Chunk];
        int* starts = stackalloc int[Chunk / 8];
        var byte0 = Vector256.Create(0x80808000u, 0x80808001u, 0x80808002u, 0x80808003u, 0x80808000u, 0x80808001u, 0x80808002u, 0x80808003u).AsByte();
        var byte1 = Avx2.Add(byte0, Vector256.Create(0x04040404u).AsByte());
        var byte2 = Avx2.Add(byte1, Vector256.Create(0x04040404u).AsByte());
        var byte3 = Avx2.Add(byte2, Vector256.Create(0x04040404u).AsByte());

        // bx * r00 and bx * r01 do not depend on the row: torch rounds each product to float32 before adding, so a table is exact.
        float[]? rented = dw > 1024 ? ArrayPool<float>.Shared.Rent(2 * dw) : null;
        Span<float> products = rented is null ? stackalloc float[2 * 1024] : rented;
        for (int x = 0; x < dw; x++)
        {
            products[x] = bx[x] * r00;
            products[dw + x] = bx[x] * r01;
        }

        try
        {
            fixed (byte* s0 = src)
            fixed (byte* d0 = dst)
            fixed (float* px = products)
            {
                byte* ssw = s0 + stride;
                float* py = px + dw;
                for (int y = 0; y < dh; y++)
                {
                    float by = bys[y];
                    var ry0 = Vector256.Create(by * r10);
                    var ry1 = Vector256.Create(by * r11);
                    int row = y * dw * ch, x = 0;
                    while (x + 8 <= dw)
                    {
                        // Pass 1 over up to Chunk pixels: coordinates, the groups off the fast path, and the weights and tap
                        // offsets of the wholly-inside groups; pass 2 blends those. The split keeps each loop's dependency chain
                        // short enough for the out-of-order core to overlap iterations.
                        int end = Math.Min(x + Chunk, dw & ~7), n = 0;
                        for (int gx = x; gx < end; gx += 8)
                        {
                            int o = row + gx * ch;
                            var u = Fma.MultiplyAdd(Avx.Add(Avx.Add(Avx.Add(Avx.LoadVector256(px + gx), ry0), vr20), one), vhw, half);
                            var v = Fma.MultiplyAdd(Avx.Add(Avx.Add(Avx.Add(Avx.LoadVector256(py + gx), ry1), vr21), one), vhh, half);
                            var fx = Avx.RoundToNegativeInfinity(u);
                            var fy = Avx.RoundToNegativeInfinity(v);

                            // Float compares: a NaN or a huge coordinate is never inside.
                            var inside = Avx.And(Avx.And(Avx.CompareGreaterThanOrEqual(fx, zero), Avx.CompareLessThanOrEqual(fx, wm2)),
                                Avx.And(Avx.CompareGreaterThanOrEqual(fy, zero), Avx.CompareLessThanOrEqual(fy, hm2))).AsInt32();
                            if (!Avx.TestC(inside, Vector256<int>.AllBitsSet) || (guardEnd && !Avx.TestZ(Avx.CompareEqual(fx, wm2), Avx.CompareEqual(fy, hm2))))
                            {
                                // No lane's 2x2 block touches the image (NaN included): torch gives the fill pixel, finite or not.
                                var touching = Avx.And(Avx.And(Avx.CompareGreaterThanOrEqual(fx, minusOne), Avx.CompareLessThanOrEqual(fx, wm1)),
                                    Avx.And(Avx.CompareGreaterThanOrEqual(fy, minusOne), Avx.CompareLessThanOrEqual(fy, hm1))).AsInt32();
                                if (Avx.TestZ(touching, touching))
                                {
                                    edge.StoreFill(d0 + o);
                                }
                                else
                                {
                                    edge.Group(u, v, fx, fy, o, by, bx, gx);
                                }

                                continue;
                            }

                            var we = Avx.Subtract(u, fx);
                            var nv = Avx.Subtract(v, fy);
                            var e = Avx.Subtract(one, we);
                            var s = Avx.Subtract(one, nv);
                            float* wk = weights + 32 * n;
                            Avx.Store(wk, Avx.Multiply(s, e));
                            Avx.Store(wk + 8, Avx.Multiply(s, we));
                            Avx.Store(wk + 16, Avx.Multiply(nv, e));
                            Avx.Store(wk + 24, Avx.Multiply(nv, we));
                            var offset = Avx2.MultiplyLow(Avx2.Add(Avx2.MultiplyLow(Avx.ConvertToVector256Int32WithTruncation(fy), width), Avx.ConvertToVector256Int32WithTruncation(fx)), channels);
                            Avx.Store(offsets + 8 * n, Avx2.ConvertToVector256Int64(offset.GetLower()));
                            Avx.Store(offsets + 8 * n + 4, Avx2.ConvertToVector256Int64(offset.GetUpper()));
                            starts[n++] = o;
                        }

                        for (int k = 0; k < n; k++)
                        {
                            long* ok = offsets + 8 * k;
                            float* wk = weights + 32 * k;
                            var nw = Avx.LoadVector256(wk);
                            var ne = Avx.LoadVector256(wk + 8);
                            var sw = Avx.LoadVector256(wk + 16);
                            var se = Avx.LoadVector256(wk + 24);
                            // Two 8-byte loads per pixel (its top taps, then its bottom taps), then a byte transpose: e[k] holds, for
                            // each of its four bytes m, byte 4k+m of pixels 0-3 (low half) and 4-7 (high half).
                            var t0 = Taps(s0, ssw, ok[0], ok[4]);
                            var t1 = Taps(s0, ssw, ok[1], ok[5]);
                            var t2 = Taps(s0, ssw, ok[2], ok[6]);
                            var t3 = Taps(s0, ssw, ok[3], ok[7]);
                            var x0 = Avx2.UnpackLow(t0, t1);
                            var x1 = Avx2.UnpackHigh(t0, t1);
                            var x2 = Avx2.UnpackLow(t2, t3);
                            var x3 = Avx2.UnpackHigh(t2, t3);
                            var e0 = Avx2.UnpackLow(x0.AsUInt16(), x2.AsUInt16()).AsByte();
                            var e1 = Avx2.UnpackHigh(x0.AsUInt16(), x2.AsUInt16()).AsByte();
                            var e2 = Avx2.UnpackLow(x1.AsUInt16(), x3.AsUInt16()).AsByte();
                            var e3 = Avx2.UnpackHigh(x1.AsUInt16(), x3.AsUInt16()).AsByte();
                            Vector256<float> r0, r1, r2, r3;
                            if (ch == 3)
                            {
                                // Bytes: nw 0-2, ne 3-5 (top read), sw 8-10, se 11-13 (bottom read).
                                r0 = Blend(Avx2.Shuffle(e0, byte0).AsUInt32(), Avx2.Shuffle(e0, byte3).AsUInt32(), Avx2.Shuffle(e2, byte0).AsUInt32(), Avx2.Shuffle(e2, byte3).AsUInt32(), nw, ne, sw, se);
                                r1 = Blend(Avx2.Shuffle(e0, byte1).AsUInt32(), Avx2.Shuffle(e1, byte0).AsUInt32(), Avx2.Shuffle(e2, byte1).AsUInt32(), Avx2.Shuffle(e3, byte0).AsUInt32(), nw, ne, sw, se);
                                r2 = Blend(Avx2.Shuffle(e0, byte2).AsUInt32(), Avx2.Shuffle(e1, byte1).AsUInt32(), Avx2.Shuffle(e2, byte2).AsUInt32(), Avx2.Shuffle(e3, byte1).AsUInt32(), nw, ne, sw, se);
                                r3 = zero;
                            }
                            else
                            {
                                // Bytes: nw 0-3, ne 4-7, sw 8-11, se 12-15.
                                r0 = Blend(Avx2.Shuffle(e0, byte0).AsUInt32(), Avx2.Shuffle(e1, byte0).AsUInt32(), Avx2.Shuffle(e2, byte0).AsUInt32(), Avx2.Shuffle(e3, byte0).AsUInt32(), nw, ne, sw, se);
                                r1 = Blend(Avx2.Shuffle(e0, byte1).AsUInt32(), Avx2.Shuffle(e1, byte1).AsUInt32(), Avx2.Shuffle(e2, byte1).AsUInt32(), Avx2.Shuffle(e3, byte1).AsUInt32(), nw, ne, sw, se);
                                r2 = Blend(Avx2.Shuffle(e0, byte2).AsUInt32(), Avx2.Shuffle(e1, byte2).AsUInt32(), Avx2.Shuffle(e2, byte2).AsUInt32(), Avx2.Shuffle(e3, byte2).AsUInt32(), nw, ne, sw, se);
                                r3 = Blend(Avx2.Shuffle(e0, byte3).AsUInt32(), Avx2.Shuffle(e1, byte3).AsUInt32(), Avx2.Shuffle(e2, byte3).AsUInt32(), Avx2.Shuffle(e3, byte3).AsUInt32(), nw, ne, sw, se);
                            }

                            if (edge.UseMask)
                            {
                                // Every tap is inside: torch's mask is the sum of the four weights.
                                var mask = Fma.MultiplyAdd(one, se, Fma.MultiplyAdd(one, sw, Fma.MultiplyAdd(one, ne, Avx.Multiply(one, nw))));
                                edge.MaskFill(mask, ref r0, ref r1, ref r2, ref r3);
                            }

                            var words01 = Avx2.PackUnsignedSaturate(Avx.ConvertToVector256Int32(r0), Avx.ConvertToVector256Int32(r1));
                            var words23 = Avx2.PackUnsignedSaturate(Avx.ConvertToVector256Int32(r2), Avx.ConvertToVector256Int32(r3));
                            edge.Store(Avx2.Shuffle(Avx2.PackUnsignedSaturate(words01.AsInt16(), words23.AsInt16()), interleave), d0 + starts[k]);
                        }

                        x = end;
                    }

                    int tail = row + x * ch;
                    for (; x < dw; x++, tail += ch)
                    {
                        edge.Pixel(tail, by, bx[x]);
                    }
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The state of one TorchBilinear call that the groups off the fast path need: edge groups (masked gathers of the taps
    /// inside, torch's zero padding), groups that see no pixel (the fill pixel), per-pixel fallbacks, the fill's mask blend and the stores.</summary>
    private unsafe ref struct TorchEdge
    {
        private readonly ReadOnlySpan<byte> src;
        private readonly Span<byte> dst;
        private readonly ReadOnlySpan<float> fill;
        private readonly int w, h, ch;
        private readonly float r00, r10, r20, r01, r11, r21, hw, hh;
        private readonly Vector256<float> fill0, fill1, fill2, fill3;
        private readonly Vector256<byte> fillBytes;

        public TorchEdge(ReadOnlySpan<byte> src, int w, int h, int ch, Span<byte> dst,
            float r00, float r10, float r20, float r01, float r11, float r21, float hw, float hh, ReadOnlySpan<float> fill)
        {
            this.src = src;
            this.dst = dst;
            this.fill = fill;
            this.w = w;
            this.h = h;
            this.ch = ch;
            (this.r00, this.r10, this.r20, this.r01, this.r11, this.r21, this.hw, this.hh) = (r00, r10, r20, r01, r11, r21, hw, hh);
            UseMask = Warp.UsesMask(fill, ch);
            Wm1 = Vector256.Create((float)(w - 1));
            Wm2 = Vector256.Create((float)(w - 2));
            Hm1 = Vector256.Create((float)(h - 1));
            Hm2 = Vector256.Create((float)(h - 2));
            fill0 = Vector256.Create(fill[0]);
            fill1 = Vector256.Create(fill[1]);
            fill2 = Vector256.Create(fill[2]);
            fill3 = ch == 4 ? Vector256.Create(fill[3]) : Vector256<float>.Zero;

            // The fill pixel as torch produces it (no tap inside: 0 * mask + (1 - 0) * fill, or 0 with zero padding), repeated
            // from byte 0 and again from byte 16 for 3 channels (the two halves Store writes 12 bytes apart).
            Span<byte> pattern = stackalloc byte[32];
            for (int i = 0; i < 32; i++)
            {
                int c = ch == 4 ? i % 4 : (i & 15) % 3;
                pattern[i] = PixelMath.From<byte>(fill[c]);
            }

            fillBytes = Vector256.Create<byte>(pattern);
        }

        /// <summary>Whether the fill goes through torch's mask channel (any non-zero value).</summary>
        public bool UseMask { get; }

        /// <summary>w - 1 in every lane: the last column.</summary>
        public Vector256<float> Wm1 { get; }

        /// <summary>w - 2 in every lane: the last column a 2x2 block can start at inside.</summary>
        public Vector256<float> Wm2 { get; }

        /// <summary>h - 1 in every lane: the last row.</summary>
        public Vector256<float> Hm1 { get; }

        /// <summary>h - 2 in every lane: the last row a 2x2 block can start at inside.</summary>
        public Vector256<float> Hm2 { get; }

        /// <summary>value * mask + (1 - mask) * fill per channel, torch's blend with the fill.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void MaskFill(Vector256<float> mask, ref Vector256<float> r0, ref Vector256<float> r1, ref Vector256<float> r2, ref Vector256<float> r3)
        {
            var rest = Avx.Subtract(Vector256.Create(1f), mask);
            r0 = Avx.Add(Avx.Multiply(r0, mask), Avx.Multiply(rest, fill0));
            r1 = Avx.Add(Avx.Multiply(r1, mask), Avx.Multiply(rest, fill1));
            r2 = Avx.Add(Avx.Multiply(r2, mask), Avx.Multiply(rest, fill2));
            if (ch == 4)
            {
                r3 = Avx.Add(Avx.Multiply(r3, mask), Avx.Multiply(rest, fill3));
            }
        }

        /// <summary>Stores eight packed pixels at d: 3-channel groups hold pixels 0-3 in bytes 0-11 and 4-7 in bytes 16-27, written as exactly
        /// 24 bytes (TorchBilinear writes a chunk's edge groups before its inside groups, so no store may spill onto a neighbour).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void Store(Vector256<byte> bytes, byte* d)
        {
            if (ch == 4)
            {
                Avx.Store(d, bytes);
                return;
            }

            var packed = Avx2.PermuteVar8x32(bytes.AsInt32(), Vector256.Create(0, 1, 2, 4, 5, 6, 7, 7)).AsByte();
            Sse2.Store(d, packed.GetLower());
            Unsafe.WriteUnaligned(d + 16, packed.GetUpper().AsUInt64().ToScalar());
        }

        /// <summary>Eight fill pixels at dst offset o.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void StoreFill(byte* d) => Store(fillBytes, d);

        /// <summary>A group with some 2x2 block partly inside (or touching the last pixel): masked gathers, or per pixel.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public readonly void Group(Vector256<float> u, Vector256<float> v, Vector256<float> fx, Vector256<float> fy, int o, float by, ReadOnlySpan<float> bx, int x)
        {
            var zero = Vector256<float>.Zero;
            var minusOne = Vector256.Create(-1f);
            var (wm1, wm2, hm1, hm2) = (Wm1, Wm2, Hm1, Hm2);
            var inX0 = Avx.And(Avx.CompareGreaterThanOrEqual(fx, zero), Avx.CompareLessThanOrEqual(fx, wm1));
            var inX1 = Avx.And(Avx.CompareGreaterThanOrEqual(fx, minusOne), Avx.CompareLessThanOrEqual(fx, wm2));
            var inY0 = Avx.And(Avx.CompareGreaterThanOrEqual(fy, zero), Avx.CompareLessThanOrEqual(fy, hm1));
            var inY1 = Avx.And(Avx.CompareGreaterThanOrEqual(fy, minusOne), Avx.CompareLessThanOrEqual(fy, hm2));
            bool finite = !UseMask || AllFinite(u, v);
            fixed (byte* s0 = src)
            fixed (byte* d0 = dst)
            {
                // A 4-byte gather at the last pixel would read past the image with 3 channels.
                bool touchesLast = ch == 3 && !Avx.TestZ(Avx.And(Avx.CompareGreaterThanOrEqual(fx, wm2), Avx.CompareLessThanOrEqual(fx, wm1)),
                    Avx.And(Avx.CompareGreaterThanOrEqual(fy, hm2), Avx.CompareLessThanOrEqual(fy, hm1)));
                if (!finite || touchesLast)
                {
                    for (int k = 0; k < 8; k++)
                    {
                        Pixel(o + k * ch, by, bx[x + k]);
                    }

                    return;
                }

                var one = Vector256.Create(1f);
                var we = Avx.Subtract(u, fx);
                var n = Avx.Subtract(v, fy);
                var e = Avx.Subtract(one, we);
                var s = Avx.Subtract(one, n);
                var nw = Avx.Multiply(s, e);
                var ne = Avx.Multiply(s, we);
                var sw = Avx.Multiply(n, e);
                var se = Avx.Multiply(n, we);
                var offset = Avx2.MultiplyLow(Avx2.Add(Avx2.MultiplyLow(Avx.ConvertToVector256Int32WithTruncation(fy), Vector256.Create(w)), Avx.ConvertToVector256Int32WithTruncation(fx)), Vector256.Create(ch));
                var mnw = Avx.And(inX0, inY0);
                var mne = Avx.And(inX1, inY0);
                var msw = Avx.And(inX0, inY1);
                var mse = Avx.And(inX1, inY1);
                var none = Vector256<int>.Zero;
                int stride = w * ch;
                var gnw = Avx2.GatherMaskVector256(none, (int*)s0, offset, mnw.AsInt32(), 1).AsUInt32();
                var gne = Avx2.GatherMaskVector256(none, (int*)(s0 + ch), offset, mne.AsInt32(), 1).AsUInt32();
                var gsw = Avx2.GatherMaskVector256(none, (int*)(s0 + stride), offset, msw.AsInt32(), 1).AsUInt32();
                var gse = Avx2.GatherMaskVector256(none, (int*)(s0 + stride + ch), offset, mse.AsInt32(), 1).AsUInt32();
                var low = Vector256.Create(255u);
                var pick1 = Vector256.Create(0x80808001u, 0x80808005u, 0x80808009u, 0x8080800Du, 0x80808001u, 0x80808005u, 0x80808009u, 0x8080800Du).AsByte();
                var pick2 = Vector256.Create(0x80808002u, 0x80808006u, 0x8080800Au, 0x8080800Eu, 0x80808002u, 0x80808006u, 0x8080800Au, 0x8080800Eu).AsByte();
                var r0 = Blend(Avx2.And(gnw, low), Avx2.And(gne, low), Avx2.And(gsw, low), Avx2.And(gse, low), nw, ne, sw, se);
                var r1 = Blend(Avx2.Shuffle(gnw.AsByte(), pick1).AsUInt32(), Avx2.Shuffle(gne.AsByte(), pick1).AsUInt32(),
                    Avx2.Shuffle(gsw.AsByte(), pick1).AsUInt32(), Avx2.Shuffle(gse.AsByte(), pick1).AsUInt32(), nw, ne, sw, se);
                var r2 = Blend(Avx2.Shuffle(gnw.AsByte(), pick2).AsUInt32(), Avx2.Shuffle(gne.AsByte(), pick2).AsUInt32(),
                    Avx2.Shuffle(gsw.AsByte(), pick2).AsUInt32(), Avx2.Shuffle(gse.AsByte(), pick2).AsUInt32(), nw, ne, sw, se);
                var r3 = ch == 4
                    ? Blend(Avx2.ShiftRightLogical(gnw, 24), Avx2.ShiftRightLogical(gne, 24), Avx2.ShiftRightLogical(gsw, 24), Avx2.ShiftRightLogical(gse, 24), nw, ne, sw, se)
                    : zero;
                if (UseMask)
                {
                    // torch's mask: the same weighted sum over a channel of ones, zero where the tap is outside.
                    var mask = Fma.MultiplyAdd(Avx.And(mse, one), se, Fma.MultiplyAdd(Avx.And(msw, one), sw, Fma.MultiplyAdd(Avx.And(mne, one), ne, Avx.Multiply(Avx.And(mnw, one), nw))));
                    MaskFill(mask, ref r0, ref r1, ref r2, ref r3);
                }

                var interleave = ch == 4
                    ? Vector256.Create((byte)0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15, 0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15)
                    : Vector256.Create((byte)0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11, 12, 13, 14, 15, 0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11, 12, 13, 14, 15);
                var words01 = Avx2.PackUnsignedSaturate(Avx.ConvertToVector256Int32(r0), Avx.ConvertToVector256Int32(r1));
                var words23 = Avx2.PackUnsignedSaturate(Avx.ConvertToVector256Int32(r2), Avx.ConvertToVector256Int32(r3));
                Store(Avx2.Shuffle(Avx2.PackUnsignedSaturate(words01.AsInt16(), words23.AsInt16()), interleave), d0 + o);
            }
        }

        /// <summary>One pixel by the scalar kernel, torch's grid arithmetic included.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public readonly void Pixel(int o, float by, float bx)
        {
            float gx = (bx * r00 + by * r10) + r20;
            float gy = (bx * r01 + by * r11) + r21;
            float u = MathF.FusedMultiplyAdd(gx + 1f, hw, -0.5f);
            float v = MathF.FusedMultiplyAdd(gy + 1f, hh, -0.5f);
            Warp.TorchBilinear(src, w, h, ch, u, v, UseMask, fill, dst, o);
        }

        private static bool AllFinite(Vector256<float> u, Vector256<float> v)
        {
            var limit = Vector256.Create(1e8f);
            var ok = Avx.And(Avx.CompareLessThan(Vector256.Abs(u), limit), Avx.CompareLessThan(Vector256.Abs(v), limit)).AsInt32();
            return Avx.TestC(ok, Vector256<int>.AllBitsSet);
        }
    }

    /// <summary>Pixel a's top 8 bytes and bottom 8 bytes in the low half, pixel b's in the high half.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<byte> Taps(byte* top, byte* bottom, long a, long b)
    {
        var lo = Sse.LoadHigh(Sse2.LoadScalarVector128((ulong*)(top + a)).AsSingle(), (float*)(bottom + a));
        var hi = Sse.LoadHigh(Sse2.LoadScalarVector128((ulong*)(top + b)).AsSingle(), (float*)(bottom + b));
        return Vector256.Create(lo, hi).AsByte();
    }

    /// <summary>fma(d, se, fma(c, sw, fma(b, ne, a * nw))) on taps given as 32-bit integers, torch's bilinear sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Blend(Vector256<uint> a, Vector256<uint> b, Vector256<uint> c, Vector256<uint> d,
        Vector256<float> nw, Vector256<float> ne, Vector256<float> sw, Vector256<float> se) =>
        Fma.MultiplyAdd(Avx.ConvertToVector256Single(d.AsInt32()), se,
            Fma.MultiplyAdd(Avx.ConvertToVector256Single(c.AsInt32()), sw,
                Fma.MultiplyAdd(Avx.ConvertToVector256Single(b.AsInt32()), ne, Avx.Multiply(Avx.ConvertToVector256Single(a.AsInt32()), nw))));

    /// <summary>Eight nearest-neighbour pixels by one gather, when all eight round to pixels inside the image (with a row to spare below for the 4-byte reads).</summary>
    private static unsafe bool NearestGroup(ref byte s0, int w, int h, int ch, Vector256<float> u, Vector256<float> v, ref byte d)
    {
        var xn = Vector256.ConvertToInt32(Vector256.Round(u));
        var yn = Vector256.ConvertToInt32(Vector256.Round(v));
        var inImage = Vector256.LessThan(xn.AsUInt32(), Vector256.Create((uint)w)) & Vector256.LessThan(yn.AsUInt32(), Vector256.Create((uint)(h - 1)));
        if (inImage != Vector256<uint>.AllBitsSet)
        {
            return false;
        }

        fixed (byte* p = &s0)
        {
            StorePacked(Avx2.GatherVector256((int*)p, (yn * Vector256.Create(w) + xn) * Vector256.Create(ch), 1).AsUInt32(), ch, ref d);
            return true;
        }
    }

    /// <summary>Whether every lane's 2x2 block lies inside the image with a row to spare below (the gathers read four bytes per tap).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AllInside(Vector256<int> x0, Vector256<int> y0, int w, int h) =>
        (Vector256.LessThan(x0.AsUInt32(), Vector256.Create((uint)(w - 1))) & Vector256.LessThan(y0.AsUInt32(), Vector256.Create((uint)(h - 2))))
        == Vector256<uint>.AllBitsSet;

    /// <summary>Whether no lane's 2x2 block touches the image: x0 &lt; -1, x0 &gt;= w, y0 &lt; -1 or y0 &gt;= h.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AllOutside(Vector256<int> x0, Vector256<int> y0, int w, int h) =>
        (Vector256.LessThan(x0, Vector256.Create(-1)) | Vector256.GreaterThanOrEqual(x0, Vector256.Create(w))
         | Vector256.LessThan(y0, Vector256.Create(-1)) | Vector256.GreaterThanOrEqual(y0, Vector256.Create(h))) == Vector256<int>.AllBitsSet;

    /// <summary>Rounds half to even and clamps to 0..255, as <see cref="PixelMath.From{T}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> ToBytes(Vector256<float> r) =>
        Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(r), Vector256<float>.Zero), Vector256.Create(255f))).AsUInt32();

    /// <summary>Writes eight pixels held one per 32-bit lane (channel c in byte c); for 3 channels 24 bytes plus 4 bytes of the following pixels, which are written after these.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StorePacked(Vector256<uint> packed, int ch, ref byte d)
    {
        if (ch == 4)
        {
            packed.AsByte().StoreUnsafe(ref d);
            return;
        }

        var squeeze = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 3, 7, 11, 15);
        Vector128.Shuffle(packed.GetLower().AsByte(), squeeze).StoreUnsafe(ref d);
        Vector128.Shuffle(packed.GetUpper().AsByte(), squeeze).StoreUnsafe(ref d, 12);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Channel(Vector256<uint> taps, int shift) =>
        Vector256.ConvertToSingle(((taps >> shift) & Vector256.Create(255u)).AsInt32());

    /// <summary>The source index coordinates of one output row, computed exactly as the generic kernel does (double, then float), four pixels per Vector256 when available.</summary>
    internal static void RowCoordinates(ReadOnlySpan<double> m, bool affine, int y, Span<float> us, Span<float> vs, bool allowSimd)
    {
        double py = y + 0.5;
        double m00 = m[0], m10 = m[3], m20 = m[6];
        double rx = m[1] * py + m[2], ry = m[4] * py + m[5], rw = m[7] * py + m[8];
        int n = us.Length, x = 0;
        if (allowSimd && Pointwise.Uses256 && n >= 8)
        {
            var v00 = Vector256.Create(m00);
            var v10 = Vector256.Create(m10);
            var v20 = Vector256.Create(m20);
            var vrx = Vector256.Create(rx);
            var vry = Vector256.Create(ry);
            var vrw = Vector256.Create(rw);
            var half = Vector256.Create(0.5);
            var step = Vector256.Create(0.5, 1.5, 2.5, 3.5);
            ref float u0 = ref MemoryMarshal.GetReference(us);
            ref float v0 = ref MemoryMarshal.GetReference(vs);
            for (; x <= n - 8; x += 8)
            {
                var pa = Vector256.Create((double)x) + step;
                var pb = pa + Vector256.Create(4.0);
                var sxa = v00 * pa + vrx;
                var sxb = v00 * pb + vrx;
                var sya = v10 * pa + vry;
                var syb = v10 * pb + vry;
                if (!affine)
                {
                    var wa = v20 * pa + vrw;
                    var wb = v20 * pb + vrw;
                    sxa /= wa;
                    sya /= wa;
                    sxb /= wb;
                    syb /= wb;
                }

                Vector256.Narrow(sxa - half, sxb - half).StoreUnsafe(ref u0, (nuint)x);
                Vector256.Narrow(sya - half, syb - half).StoreUnsafe(ref v0, (nuint)x);
            }
        }

        for (; x < n; x++)
        {
            double px = x + 0.5;
            double sx = m00 * px + rx, sy = m10 * px + ry;
            if (!affine)
            {
                double wv = m20 * px + rw;
                sx /= wv;
                sy /= wv;
            }

            us[x] = (float)(sx - 0.5);
            vs[x] = (float)(sy - 0.5);
        }
    }

    /// <summary>The generic sampler for pixels near or past the border, kept out of line so the hot loop stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Slow(ReadOnlySpan<byte> src, int w, int h, int ch, float u, float v, Interpolation interpolation, BorderMode border, ReadOnlySpan<float> fill, Span<byte> dst, int o) =>
        Warp.SamplePixel(src, w, h, ch, u, v, interpolation, border, fill, dst, o);

    /// <summary>Four bytes from p as four floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Load4(ref byte p)
    {
        var b = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref p)).AsByte();
        return Vector128.ConvertToSingle(Vector128.WidenLower(Vector128.WidenLower(b)).AsInt32());
    }

    /// <summary>Rounds half to even, clamps to 0..255 and writes ch bytes at o (four when the buffer has room: the extra byte belongs to a later pixel and is overwritten by it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref byte d0, int o, int ch, int dstLen, Vector128<float> r)
    {
        var i = Vector128.ConvertToInt32(Vector128.Min(Vector128.Max(Vector128.Round(r), Vector128<float>.Zero), Vector128.Create(255f)));
        var s = Vector128.Narrow(i, i);
        uint packed = Vector128.Narrow(s.AsUInt16(), s.AsUInt16()).AsUInt32().ToScalar();
        if (ch == 4 || o + 4 <= dstLen)
        {
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref d0, o), packed);
            return;
        }

        Unsafe.Add(ref d0, o) = (byte)packed;
        Unsafe.Add(ref d0, o + 1) = (byte)(packed >> 8);
        Unsafe.Add(ref d0, o + 2) = (byte)(packed >> 16);
    }
}
