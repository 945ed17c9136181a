using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>Channel-layout conversions between what decoders produce and what the library keeps (RGBA codecs, RGB images).</summary>
public static class PixelPacking
{
    /// <summary>Drops the fourth byte of every pixel: most decoders only write 4-byte pixels, our opaque images are RGB.</summary>
    public static void RgbaToRgb(ReadOnlySpan<byte> rgba, Span<byte> rgb, int pixels)
    {
        if (pixels < 0 || rgba.Length < 4L * pixels || rgb.Length < 3L * pixels)
        {
            throw new ArgumentException($"PixelPacking.RgbaToRgb: {pixels} pixels need {4L * pixels} source and {3L * pixels} destination bytes (got {rgba.Length} and {rgb.Length}).");
        }

        ref byte s0 = ref MemoryMarshal.GetReference(rgba);
        ref byte d0 = ref MemoryMarshal.GetReference(rgb);
        int i = 0;
        if (Pointwise.Uses256)
        {
            // Eight pixels per step: in-lane shuffle packs each lane's 12 bytes low, one dword permute closes the gap;
            // the 32-byte store writes 8 bytes past the 24 it owns, which the next step (or the tail) rewrites.
            var pack = Vector256.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0x80, 0x80, 0x80, 0x80,
                0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0x80, 0x80, 0x80, 0x80);
            var join = Vector256.Create(0, 1, 2, 4, 5, 6, 3, 7);
            for (; i + 8 <= pixels && 3L * i + 32 <= rgb.Length; i += 8)
            {
                var v = Vector256.LoadUnsafe(ref s0, (nuint)(4 * i));
                var packed = Avx2.PermuteVar8x32(Avx2.Shuffle(v, pack).AsInt32(), join).AsByte();
                packed.StoreUnsafe(ref d0, (nuint)(3 * i));
            }
        }
        else if (Pointwise.Uses128)
        {
            var pack = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0x80, 0x80, 0x80, 0x80);
            for (; i + 4 <= pixels && 3L * i + 16 <= rgb.Length; i += 4)
            {
                var v = Vector128.LoadUnsafe(ref s0, (nuint)(4 * i));
                Vector128.Shuffle(v, pack).StoreUnsafe(ref d0, (nuint)(3 * i));
            }
        }

        for (; i < pixels; i++)
        {
            rgb[3 * i] = rgba[4 * i];
            rgb[(3 * i) + 1] = rgba[(4 * i) + 1];
            rgb[(3 * i) + 2] = rgba[(4 * i) + 2];
        }
    }

    /// <summary>
    /// Converts gray, RGB or RGBA pixels to another of those channel counts as Pillow's <c>Image.convert</c> does, the
    /// conversion torchvision's ImageFolder loader applies: gray is copied into R, G and B, alpha is dropped or set to
    /// 255, and colour becomes gray by ITU-R 601 luma in Pillow's fixed point, (19595 R + 38470 G + 7471 B + 32768) &gt;&gt; 16.
    /// </summary>
    public static void ConvertChannels(ReadOnlySpan<byte> src, int srcChannels, Span<byte> dst, int dstChannels, int pixels)
    {
        if (srcChannels is not (1 or 3 or 4) || dstChannels is not (1 or 3 or 4))
        {
            throw new ArgumentException($"PixelPacking.ConvertChannels: channels {srcChannels} -> {dstChannels}; each must be 1, 3 or 4.");
        }

        if (pixels < 0 || src.Length < (long)srcChannels * pixels || dst.Length < (long)dstChannels * pixels)
        {
            throw new ArgumentException($"PixelPacking.ConvertChannels: {pixels} pixels need {(long)srcChannels * pixels} source and {(long)dstChannels * pixels} destination bytes (got {src.Length} and {dst.Length}).");
        }

        if (srcChannels == dstChannels)
        {
            src[..(srcChannels * pixels)].CopyTo(dst);
            return;
        }

        if (srcChannels == 4 && dstChannels == 3)
        {
            RgbaToRgb(src, dst, pixels);
            return;
        }

        for (int i = 0; i < pixels; i++)
        {
            var p = src.Slice(i * srcChannels, srcChannels);
            var q = dst.Slice(i * dstChannels, dstChannels);
            if (dstChannels == 1)
            {
                q[0] = (byte)(((19595 * p[0]) + (38470 * p[1]) + (7471 * p[2]) + 0x8000) >> 16);
                continue;
            }

            if (srcChannels == 1)
            {
                q[0] = q[1] = q[2] = p[0];
            }
            else
            {
                q[0] = p[0];
                q[1] = p[1];
                q[2] = p[2];
            }

            if (dstChannels == 4)
            {
                q[3] = 255;
            }
        }
    }
}
