namespace SharpAugment.Kernels;

/// <summary>
/// Contrast-limited adaptive histogram equalization of one byte plane, as OpenCV 4.6's CLAHE (which Albumentations
/// calls): the plane is padded by reflect-101 on the bottom and right to a multiple of the grid, each tile's histogram
/// is clipped at max(1, (int)(clip_limit * tile_area / 256)) with the excess spread evenly and the remainder every
/// 256/remainder bins, its cumulative table scaled by 255/area in float32, and output pixels blend the four nearest
/// tiles' tables bilinearly in float32, rounded half to even.
/// </summary>
public static class Clahe
{
    /// <summary>Equalizes <paramref name="src"/> (width x height, one channel) into <paramref name="dst"/>; <paramref name="tilesX"/> columns by <paramref name="tilesY"/> rows of tiles.</summary>
    public static void Apply(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int tilesX, int tilesY, double clipLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tilesX, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(tilesY, 1);
        if (width == 0 || height == 0)
        {
            return;
        }

        int extW = width % tilesX == 0 ? width : width + tilesX - (width % tilesX);
        int extH = height % tilesY == 0 ? height : height + tilesY - (height % tilesY);
        int tileW = extW / tilesX, tileH = extH / tilesY;
        int area = tileW * tileH;
        int limit = 0;
        if (clipLimit > 0)
        {
            limit = Math.Max((int)(clipLimit * area / 256), 1);
        }

        float lutScale = 255f / area;
        var luts = new byte[tilesX * tilesY * 256];
        Span<int> hist = stackalloc int[256];
        for (int ty = 0; ty < tilesY; ty++)
        {
            for (int tx = 0; tx < tilesX; tx++)
            {
                hist.Clear();
                for (int y = ty * tileH; y < (ty + 1) * tileH; y++)
                {
                    int sy = Border.Index(y, height, BorderMode.Reflect);
                    for (int x = tx * tileW; x < (tx + 1) * tileW; x++)
                    {
                        hist[src[(sy * width) + Border.Index(x, width, BorderMode.Reflect)]]++;
                    }
                }

                if (limit > 0)
                {
                    ClipHistogram(hist, limit);
                }

                var lut = luts.AsSpan(((ty * tilesX) + tx) * 256, 256);
                int sum = 0;
                for (int i = 0; i < 256; i++)
                {
                    sum += hist[i];
                    lut[i] = (byte)Math.Clamp(MathF.Round(sum * lutScale), 0f, 255f);
                }
            }
        }

        Interpolate(src, dst, width, height, tilesX, tilesY, tileW, tileH, luts);
    }

    private static void ClipHistogram(Span<int> hist, int limit)
    {
        int clipped = 0;
        for (int i = 0; i < 256; i++)
        {
            if (hist[i] > limit)
            {
                clipped += hist[i] - limit;
                hist[i] = limit;
            }
        }

        int batch = clipped / 256;
        int residual = clipped - (batch * 256);
        for (int i = 0; i < 256; i++)
        {
            hist[i] += batch;
        }

        if (residual != 0)
        {
            int step = Math.Max(256 / residual, 1);
            for (int i = 0; i < 256 && residual > 0; i += step, residual--)
            {
                hist[i]++;
            }
        }
    }

    private static void Interpolate(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int tilesX, int tilesY, int tileW, int tileH, byte[] luts)
    {
        float invW = 1.0f / tileW, invH = 1.0f / tileH;
        var ind1 = new int[width];
        var ind2 = new int[width];
        var xa = new float[width];
        var xa1 = new float[width];
        for (int x = 0; x < width; x++)
        {
            float txf = (x * invW) - 0.5f;
            int tx1 = (int)MathF.Floor(txf);
            int tx2 = tx1 + 1;
            xa[x] = txf - tx1;
            xa1[x] = 1.0f - xa[x];
            ind1[x] = Math.Max(tx1, 0) * 256;
            ind2[x] = Math.Min(tx2, tilesX - 1) * 256;
        }

        for (int y = 0; y < height; y++)
        {
            float tyf = (y * invH) - 0.5f;
            int ty1 = (int)MathF.Floor(tyf);
            int ty2 = ty1 + 1;
            float ya = tyf - ty1, ya1 = 1.0f - ya;
            ty1 = Math.Max(ty1, 0);
            ty2 = Math.Min(ty2, tilesY - 1);
            var plane1 = luts.AsSpan(ty1 * tilesX * 256);
            var plane2 = luts.AsSpan(ty2 * tilesX * 256);
            var s = src.Slice(y * width, width);
            var d = dst.Slice(y * width, width);
            for (int x = 0; x < width; x++)
            {
                int v = s[x];
                float res = (((plane1[ind1[x] + v] * xa1[x]) + (plane1[ind2[x] + v] * xa[x])) * ya1)
                    + (((plane2[ind1[x] + v] * xa1[x]) + (plane2[ind2[x] + v] * xa[x])) * ya);
                d[x] = (byte)Math.Clamp(MathF.Round(res), 0f, 255f);
            }
        }
    }
}
