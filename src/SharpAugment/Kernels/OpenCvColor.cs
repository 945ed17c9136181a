namespace SharpAugment.Kernels;

/// <summary>
/// OpenCV 4.6's 8-bit RGB&lt;-&gt;HSV (hue 0..179) and RGB&lt;-&gt;Lab conversions, which Albumentations' hue_saturation_value
/// and clahe run through: integer division tables for RGB to HSV, float32 with fused multiply-adds for HSV to RGB
/// (truncating in the 32-pixel vector blocks of an AVX2 build, rounding in a row's tail, as that build does), fixed-point
/// tables for RGB to Lab and OpenCV's float formula for Lab to RGB (within one level of its integer path).
/// </summary>
public static class OpenCvColor
{
    private const int HsvShift = 12;

    /// <summary>Pixels per vector block of OpenCV's AVX2 HSV-to-RGB loop (four vectors of eight floats).</summary>
    public const int HsvVectorBlock = 32;

    private static readonly int[] SaturationDivisors = DivisorTable(255.0);
    private static readonly int[] HueDivisors = DivisorTable(180.0 / 6.0);
    private static readonly int[] GammaTable = BuildGammaTable();
    private static readonly int[] CubeRootTable = BuildCubeRootTable();

    // sRGB to XYZ (D65), each row divided by the white point, scaled by 2^12 and rounded.
    private static readonly int[] LabCoefficients = BuildLabCoefficients();

    private static int[] DivisorTable(double numerator)
    {
        var t = new int[256];
        for (int i = 1; i < 256; i++)
        {
            t[i] = (int)Math.Round((numerator * (1 << HsvShift)) / i);
        }

        return t;
    }

    /// <summary>RGB to HSV on interleaved 3-channel bytes: H in 0..179, S and V in 0..255 (cv2.COLOR_RGB2HSV).</summary>
    public static void RgbToHsv(ReadOnlySpan<byte> rgb, Span<byte> hsv)
    {
        int half = 1 << (HsvShift - 1);
        for (int i = 0; i + 2 < rgb.Length; i += 3)
        {
            int r = rgb[i], g = rgb[i + 1], b = rgb[i + 2];
            int v = Math.Max(r, Math.Max(g, b));
            int diff = v - Math.Min(r, Math.Min(g, b));
            int s = ((diff * SaturationDivisors[v]) + half) >> HsvShift;
            int h = v == r ? g - b : v == g ? b - r + (2 * diff) : r - g + (4 * diff);
            h = ((h * HueDivisors[diff]) + half) >> HsvShift;
            hsv[i] = (byte)(h < 0 ? h + 180 : h);
            hsv[i + 1] = (byte)s;
            hsv[i + 2] = (byte)v;
        }
    }

    /// <summary>HSV (hue 0..179) to RGB on interleaved 3-channel bytes, row by row (cv2.COLOR_HSV2RGB).</summary>
    public static void HsvToRgb(ReadOnlySpan<byte> hsv, Span<byte> rgb, int width, int height)
    {
        int vectorPixels = width / HsvVectorBlock * HsvVectorBlock;
        for (int y = 0; y < height; y++)
        {
            int row = y * width * 3;
            for (int x = 0; x < width; x++)
            {
                int i = row + (3 * x);
                HsvPixel(hsv[i], hsv[i + 1], hsv[i + 2], x < vectorPixels, out rgb[i], out rgb[i + 1], out rgb[i + 2]);
            }
        }
    }

    private static void HsvPixel(byte hb, byte sb, byte vb, bool truncate, out byte r, out byte g, out byte b)
    {
        float h = hb * (6.0f / 180);
        float s = sb * (1.0f / 255.0f);
        float v = vb * (1.0f / 255.0f);
        float pre = MathF.Truncate(h);
        h -= pre;
        float t0 = v;
        float t1 = v * (1f - s);
        float t2 = v * MathF.FusedMultiplyAdd(-s, h, 1f);
        float t3 = v * MathF.FusedMultiplyAdd(-s, 1f - h, 1f);
        int sector = (int)(pre - (MathF.Truncate(pre * (1.0f / 6.0f)) * 6f));
        (float rf, float gf, float bf) = sector switch
        {
            0 => (t0, t3, t1),
            1 => (t2, t0, t1),
            2 => (t1, t0, t3),
            3 => (t1, t2, t0),
            4 => (t3, t1, t0),
            _ => (t0, t1, t2),
        };
        r = ToByte(rf * 255f, truncate);
        g = ToByte(gf * 255f, truncate);
        b = ToByte(bf * 255f, truncate);
    }

    private static byte ToByte(float v, bool truncate) => (byte)Math.Clamp(truncate ? MathF.Truncate(v) : MathF.Round(v), 0f, 255f);

    private static int[] BuildGammaTable()
    {
        var t = new int[256];
        for (int i = 0; i < 256; i++)
        {
            double x = i / 255.0;
            double lin = x <= 0.04045 ? x / 12.92 : Math.Pow((x + 0.055) / 1.055, 2.4);
            t[i] = (int)Math.Round(255.0 * 8 * lin);
        }

        return t;
    }

    private static int[] BuildCubeRootTable()
    {
        var t = new int[256 * 3 / 2 * 8];
        for (int i = 0; i < t.Length; i++)
        {
            double x = i / (255.0 * 8);
            t[i] = (int)Math.Round((1 << 15) * (x < 0.008856 ? (x * 7.787) + (16.0 / 116) : Math.Cbrt(x)));
        }

        return t;
    }

    private static int[] BuildLabCoefficients()
    {
        double[] m = [0.412453, 0.357580, 0.180423, 0.212671, 0.715160, 0.072169, 0.019334, 0.119193, 0.950227];
        double[] white = [0.950456, 1.0, 1.088754];
        var c = new int[9];
        for (int i = 0; i < 9; i++)
        {
            c[i] = (int)Math.Round((1 << 12) * m[i] / white[i / 3]);
        }

        return c;
    }

    private static int Descale(int x, int n) => (x + (1 << (n - 1))) >> n;

    /// <summary>RGB to 8-bit Lab on interleaved 3-channel bytes (cv2.COLOR_RGB2LAB: L scaled to 0..255, a and b offset by 128).</summary>
    public static void RgbToLab(ReadOnlySpan<byte> rgb, Span<byte> lab)
    {
        var c = LabCoefficients;
        var cube = CubeRootTable;
        for (int i = 0; i + 2 < rgb.Length; i += 3)
        {
            int r = GammaTable[rgb[i]], g = GammaTable[rgb[i + 1]], b = GammaTable[rgb[i + 2]];
            int fx = cube[Descale((r * c[0]) + (g * c[1]) + (b * c[2]), 12)];
            int fy = cube[Descale((r * c[3]) + (g * c[4]) + (b * c[5]), 12)];
            int fz = cube[Descale((r * c[6]) + (g * c[7]) + (b * c[8]), 12)];
            lab[i] = Saturate(Descale((296 * fy) - 1336934, 15));
            lab[i + 1] = Saturate(Descale((500 * (fx - fy)) + (128 << 15), 15));
            lab[i + 2] = Saturate(Descale((200 * (fy - fz)) + (128 << 15), 15));
        }
    }

    private static byte Saturate(int v) => (byte)Math.Clamp(v, 0, 255);

    /// <summary>8-bit Lab to RGB on interleaved 3-channel bytes (cv2.COLOR_LAB2RGB's float formula, rounded).</summary>
    public static void LabToRgb(ReadOnlySpan<byte> lab, Span<byte> rgb)
    {
        const double Threshold = (7.787 * 0.008856) + (16.0 / 116);
        for (int i = 0; i + 2 < lab.Length; i += 3)
        {
            double l = lab[i] * (100 / 255.0), a = lab[i + 1] - 128.0, bb = lab[i + 2] - 128.0;
            double fy, y;
            if (l <= 7.9996)
            {
                y = l / 903.3;
                fy = (7.787 * y) + (16.0 / 116);
            }
            else
            {
                fy = (l + 16) / 116;
                y = fy * fy * fy;
            }

            double fx = (a / 500) + fy, fz = fy - (bb / 200);
            double x = fx <= Threshold ? (fx - (16.0 / 116)) / 7.787 : fx * fx * fx;
            double z = fz <= Threshold ? (fz - (16.0 / 116)) / 7.787 : fz * fz * fz;
            x *= 0.950456;
            z *= 1.088754;
            rgb[i] = Gamma((3.240479 * x) - (1.53715 * y) - (0.498535 * z));
            rgb[i + 1] = Gamma((-0.969256 * x) + (1.875991 * y) + (0.041556 * z));
            rgb[i + 2] = Gamma((0.055648 * x) - (0.204043 * y) + (1.057311 * z));
        }
    }

    private static byte Gamma(double v)
    {
        v = Math.Clamp(v, 0.0, 1.0);
        v = v <= 0.0031308 ? 12.92 * v : (1.055 * Math.Pow(v, 1 / 2.4)) - 0.055;
        return (byte)Math.Clamp(Math.Round(v * 255), 0, 255);
    }
}
