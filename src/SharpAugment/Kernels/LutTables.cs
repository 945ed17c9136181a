namespace SharpAugment.Kernels;

/// <summary>Builds the 256-entry tables of the uint8 point operations with torchvision 0.14's tensor arithmetic (float32, then truncation), so a table lookup gives the same bytes as the tensor path.</summary>
public static class LutTables
{
    /// <summary>torchvision _blend(img, c, ratio) against a constant: trunc(clamp(float(ratio)*x + float(1-ratio)*c, 0, 255)); brightness is c = 0, contrast c = the gray mean.</summary>
    public static void Blend(Span<byte> table, double ratio, float constant)
    {
        CheckLength(table);
        float r = (float)ratio;
        float other = (float)(1.0 - ratio) * constant;
        for (int i = 0; i < 256; i++)
        {
            table[i] = TruncateToByte((r * i) + other);
        }
    }

    /// <summary>torchvision adjust_gamma on uint8: x/255 in float32, gain * x^gamma clamped to [0, 1], then convert_image_dtype (x * 255.999, truncated).</summary>
    public static void Gamma(Span<byte> table, double gamma, double gain)
    {
        CheckLength(table);
        float g = (float)gamma;
        float k = (float)gain;
        for (int i = 0; i < 256; i++)
        {
            float v = Math.Clamp(k * MathF.Pow(i / 255f, g), 0f, 1f);
            table[i] = (byte)(v * 255.999f);
        }
    }

    /// <summary>x &amp; mask keeping the top <paramref name="bits"/> bits (bits 0 gives black, 8 the identity).</summary>
    public static void Posterize(Span<byte> table, int bits)
    {
        CheckLength(table);
        if (bits is < 0 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "LutTables.Posterize: bits must be in [0, 8].");
        }

        int mask = bits == 0 ? 0 : (0xFF << (8 - bits)) & 0xFF;
        for (int i = 0; i < 256; i++)
        {
            table[i] = (byte)(i & mask);
        }
    }

    /// <summary>255 - x where x &gt;= threshold (torchvision solarize on uint8).</summary>
    public static void Solarize(Span<byte> table, double threshold)
    {
        CheckLength(table);
        for (int i = 0; i < 256; i++)
        {
            table[i] = (byte)(i >= threshold ? 255 - i : i);
        }
    }

    /// <summary>255 - x.</summary>
    public static void Invert(Span<byte> table)
    {
        CheckLength(table);
        for (int i = 0; i < 256; i++)
        {
            table[i] = (byte)(255 - i);
        }
    }

    /// <summary>Casts like torch's float32 to uint8 after clamping to [0, 255]: truncation toward zero.</summary>
    internal static byte TruncateToByte(float v) => (byte)Math.Clamp(v, 0f, 255f);

    private static void CheckLength(Span<byte> table)
    {
        if (table.Length < 256)
        {
            throw new ArgumentException($"LutTables: a table needs 256 entries, got {table.Length}.", nameof(table));
        }
    }
}
