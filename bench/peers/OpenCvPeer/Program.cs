// OpenCvSharp4 peer of `sharpaugment bench`: the list with OpenCV 4.13 through OpenCvSharp4, one thread,
// the same timing rule (warm-up, then calls cycling over the images for at least --seconds), JSON out.
//   dotnet run -c Release --project bench/peers/OpenCvPeer -- --images DIR --size 512 --seconds 2 --json OUT
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpenCvSharp;

var opts = new Dictionary<string, string>();
for (int i = 0; i + 1 < args.Length; i += 2)
{
    opts[args[i].TrimStart('-')] = args[i + 1];
}

if (!opts.TryGetValue("images", out var folder))
{
    Console.Error.WriteLine("usage: OpenCvPeer --images DIR [--size 512] [--seconds 2] [--only a,b] [--json OUT]");
    return 2;
}

int size = int.Parse(opts.GetValueOrDefault("size", "512"), CultureInfo.InvariantCulture);
double seconds = double.Parse(opts.GetValueOrDefault("seconds", "2"), CultureInfo.InvariantCulture);
var only = opts.TryGetValue("only", out var o) ? new HashSet<string>(o.Split(',')) : null;
Cv2.SetNumThreads(1);

var files = Directory.GetFiles(folder).Where(f => f.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase))
    .Order(StringComparer.Ordinal).ToArray();
var images = files.Select(f =>
{
    using var bgr = Cv2.ImRead(f, ImreadModes.Color);
    var rgb = new Mat();
    Cv2.CvtColor(bgr, rgb, ColorConversionCodes.BGR2RGB);
    int s = Math.Min(rgb.Width, rgb.Height);
    var sq = new Mat(rgb, new Rect((rgb.Width - s) / 2, (rgb.Height - s) / 2, s, s)).Clone();
    if (s == size)
    {
        return sq;
    }

    var r = new Mat();
    Cv2.Resize(sq, r, new Size(size, size), 0, 0, InterpolationFlags.Linear);
    return r;
}).ToArray();

int e = size / 3;
var rot = Cv2.GetRotationMatrix2D(new Point2f((size - 1) * 0.5f, (size - 1) * 0.5f), 30, 1.0);
var aff = AffineForward(size);
var rng = new Random(0); // the peer's own crop sampling; its seed only fixes which crops are timed
var x = Enumerable.Range(0, 256).Select(v => (double)v).ToArray();
Mat Lut(Func<double, double> f)
{
    var t = new Mat(1, 256, MatType.CV_8UC1);
    for (int i = 0; i < 256; i++)
    {
        t.Set(0, i, (byte)Math.Clamp(Math.Round(f(i)), 0, 255));
    }

    return t;
}

var bright = Lut(v => 1.3 * v);
var post = Lut(v => (int)v & 0xF0);
var sol = Lut(v => v >= 128 ? 255 - v : v);
var sharpK = new Mat(3, 3, MatType.CV_32FC1);
for (int k = 0; k < 9; k++)
{
    sharpK.Set(k / 3, k % 3, (k == 4 ? 5f : 1f) / 13f);
}

var motionK = new Mat(5, 5, MatType.CV_32FC1, Scalar.All(0));
for (int k = 0; k < 5; k++)
{
    motionK.Set(2, k, 0.2f);
}

var claheOp = Cv2.CreateCLAHE(4.0, new Size(8, 8));
var hueT = Lut(v => (v + 15) % 180);
var brightContrast = Lut(v => Math.Floor(Math.Clamp((v * 1.2) + 25.5, 0, 255)));
var rgbShiftT = new Mat(1, 256, MatType.CV_8UC3);
for (int i = 0; i < 256; i++)
{
    rgbShiftT.Set(0, i, new Vec3b((byte)Math.Clamp(i + 20, 0, 255), (byte)Math.Clamp(i - 15, 0, 255), (byte)Math.Clamp(i + 10, 0, 255)));
}

var sepiaM = new Mat(3, 3, MatType.CV_32FC1);
float[] sepia = [0.393f, 0.769f, 0.189f, 0.349f, 0.686f, 0.168f, 0.272f, 0.534f, 0.131f];
for (int k = 0; k < 9; k++)
{
    sepiaM.Set(k / 3, k % 3, sepia[k]);
}

var mean = new Scalar(0.485 * 255, 0.456 * 255, 0.406 * 255);
var invStd = new Scalar(1 / (0.229 * 255), 1 / (0.224 * 255), 1 / (0.225 * 255));

var sharpenK = Kernel3([-0.5f, -0.5f, -0.5f, -0.5f, 5f, -0.5f, -0.5f, -0.5f, -0.5f]);
var embossK = Kernel3([-0.85f, -0.35f, 0f, -0.35f, 1f, 0.35f, 0f, 0.35f, 0.85f]);
Mat Kernel3(float[] taps)
{
    var k = new Mat(3, 3, MatType.CV_32FC1);
    for (int t = 0; t < 9; t++)
    {
        k.Set(t / 3, t % 3, taps[t]);
    }

    return k;
}

var ops = new Dictionary<string, Func<Mat, Mat>>
{
    ["sharpen"] = m => { var d = new Mat(); Cv2.Filter2D(m, d, -1, sharpenK); return d; },
    ["emboss"] = m => { var d = new Mat(); Cv2.Filter2D(m, d, -1, embossK); return d; },
    ["downscale"] = m =>
    {
        using var small = new Mat();
        Cv2.Resize(m, small, new Size(0, 0), 0.25, 0.25, InterpolationFlags.Nearest);
        var d = new Mat();
        Cv2.Resize(small, d, m.Size(), 0, 0, InterpolationFlags.Nearest);
        return d;
    },
    ["gauss_noise"] = m =>
    {
        using var noise = new Mat(m.Size(), MatType.CV_32FC3);
        Cv2.Randn(noise, Scalar.All(0), Scalar.All(0.1 * 255));
        using var f = new Mat();
        m.ConvertTo(f, MatType.CV_32FC3);
        var d = new Mat();
        Cv2.Add(f, noise, d, null, 0); // dtype CV_8U: saturate the float sum to bytes
        return d;
    },
    ["hflip"] = m => { var d = new Mat(); Cv2.Flip(m, d, FlipMode.Y); return d; },
    ["vflip"] = m => { var d = new Mat(); Cv2.Flip(m, d, FlipMode.X); return d; },
    ["rotate"] = m => { var d = new Mat(); Cv2.WarpAffine(m, d, rot, new Size(size, size), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(0)); return d; },
    ["affine"] = m => { var d = new Mat(); Cv2.WarpAffine(m, d, aff, new Size(size, size), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(0)); return d; },
    ["resize"] = m => { var d = new Mat(); Cv2.Resize(m, d, new Size(224, 224), 0, 0, InterpolationFlags.Area); return d; },
    ["random_resized_crop"] = m =>
    {
        var (i, j, h, w) = RrcParams(size, rng);
        using var roi = new Mat(m, new Rect(j, i, w, h));
        var d = new Mat();
        Cv2.Resize(roi, d, new Size(224, 224), 0, 0, InterpolationFlags.Linear);
        return d;
    },
    ["brightness"] = m => { var d = new Mat(); Cv2.LUT(m, bright, d); return d; },
    ["contrast"] = m =>
    {
        using var g = new Mat();
        Cv2.CvtColor(m, g, ColorConversionCodes.RGB2GRAY);
        double mu = Cv2.Mean(g).Val0;
        using var t = Lut(v => 1.3 * v + (1 - 1.3) * mu);
        var d = new Mat();
        Cv2.LUT(m, t, d);
        return d;
    },
    ["saturation"] = m =>
    {
        using var g = new Mat();
        using var g3 = new Mat();
        Cv2.CvtColor(m, g, ColorConversionCodes.RGB2GRAY);
        Cv2.CvtColor(g, g3, ColorConversionCodes.GRAY2RGB);
        var d = new Mat();
        Cv2.AddWeighted(m, 1.3, g3, -0.3, 0, d);
        return d;
    },
    ["equalize"] = m =>
    {
        var ch = Cv2.Split(m);
        foreach (var c in ch)
        {
            Cv2.EqualizeHist(c, c);
        }

        var d = new Mat();
        Cv2.Merge(ch, d);
        foreach (var c in ch)
        {
            c.Dispose();
        }

        return d;
    },
    ["posterize"] = m => { var d = new Mat(); Cv2.LUT(m, post, d); return d; },
    ["solarize"] = m => { var d = new Mat(); Cv2.LUT(m, sol, d); return d; },
    ["autocontrast"] = m =>
    {
        var ch = Cv2.Split(m);
        foreach (var c in ch)
        {
            Cv2.MinMaxLoc(c, out double lo, out double hi);
            if (hi > lo)
            {
                using var t = Lut(v => (v - lo) * (255.0 / (hi - lo)));
                Cv2.LUT(c, t, c);
            }
        }

        var d = new Mat();
        Cv2.Merge(ch, d);
        foreach (var c in ch)
        {
            c.Dispose();
        }

        return d;
    },
    ["sharpness"] = m =>
    {
        using var b = new Mat();
        Cv2.Filter2D(m, b, -1, sharpK);
        var d = new Mat();
        Cv2.AddWeighted(m, 2.0, b, -1.0, 0, d);
        return d;
    },
    ["grayscale"] = m =>
    {
        using var g = new Mat();
        Cv2.CvtColor(m, g, ColorConversionCodes.RGB2GRAY);
        var d = new Mat();
        Cv2.CvtColor(g, d, ColorConversionCodes.GRAY2RGB);
        return d;
    },
    ["gaussian_blur"] = m => { var d = new Mat(); Cv2.GaussianBlur(m, d, new Size(5, 5), 1.0, 1.0, BorderTypes.Reflect101); return d; },
    ["normalize"] = m =>
    {
        using var f = new Mat();
        m.ConvertTo(f, MatType.CV_32FC3);
        Cv2.Subtract(f, mean, f);
        Cv2.Multiply(f, invStd, f);
        var planes = Cv2.Split(f);
        var chw = new Mat(3, size * size, MatType.CV_32FC1);
        for (int c = 0; c < 3; c++)
        {
            using var row = chw.Row(c);
            using var flat = planes[c].Reshape(1, 1);
            flat.CopyTo(row);
            planes[c].Dispose();
        }

        return chw;
    },
    ["erasing"] = m =>
    {
        var d = m.Clone();
        d[new Rect(e, e, e, e)].SetTo(Scalar.All(0));
        return d;
    },

    // The OpenCV calls Albumentations 2.0.8 makes for its blur and colour transforms (issue 18).
    ["blur"] = m => { var d = new Mat(); Cv2.Blur(m, d, new Size(5, 5)); return d; },
    ["median_blur"] = m => { var d = new Mat(); Cv2.MedianBlur(m, d, 5); return d; },
    ["motion_blur"] = m => { var d = new Mat(); Cv2.Filter2D(m, d, -1, motionK); return d; },
    ["clahe"] = m =>
    {
        using var lab = new Mat();
        Cv2.CvtColor(m, lab, ColorConversionCodes.RGB2Lab);
        var planes = Cv2.Split(lab);
        using var eq = new Mat();
        claheOp.Apply(planes[0], eq);
        eq.CopyTo(planes[0]);
        using var merged = new Mat();
        Cv2.Merge(planes, merged);
        foreach (var p in planes)
        {
            p.Dispose();
        }

        var d = new Mat();
        Cv2.CvtColor(merged, d, ColorConversionCodes.Lab2RGB);
        return d;
    },
    ["hue_saturation_value"] = m =>
    {
        using var hsv = new Mat();
        Cv2.CvtColor(m, hsv, ColorConversionCodes.RGB2HSV);
        var planes = Cv2.Split(hsv);
        using var gray = new Mat();
        Cv2.Compare(planes[1], Scalar.All(0), gray, CmpTypes.EQ);
        Cv2.LUT(planes[0], hueT, planes[0]);
        Cv2.Add(planes[1], Scalar.All(20), planes[1]);
        planes[1].SetTo(Scalar.All(0), gray);
        Cv2.Add(planes[2], Scalar.All(10), planes[2]);
        using var merged = new Mat();
        Cv2.Merge(planes, merged);
        foreach (var p in planes)
        {
            p.Dispose();
        }

        var d = new Mat();
        Cv2.CvtColor(merged, d, ColorConversionCodes.HSV2RGB);
        return d;
    },
    ["random_brightness_contrast"] = m => { var d = new Mat(); Cv2.LUT(m, brightContrast, d); return d; },
    ["rgb_shift"] = m => { var d = new Mat(); Cv2.LUT(m, rgbShiftT, d); return d; },
    ["to_sepia"] = m => { var d = new Mat(); Cv2.Transform(m, d, sepiaM); return d; },
};

string[] names = ["hflip", "vflip", "rotate", "affine", "resize", "random_resized_crop", "brightness", "contrast", "saturation", "equalize", "posterize", "solarize", "autocontrast", "sharpness", "grayscale", "gaussian_blur", "normalize", "erasing", "randaugment", "trivialaugment", "autoaugment", "blur", "median_blur", "motion_blur", "clahe", "hue_saturation_value", "random_brightness_contrast", "rgb_shift", "to_sepia", "sharpen", "emboss", "downscale", "gauss_noise"];
var results = new Dictionary<string, double>();
var missing = new List<string>();
foreach (var name in names)
{
    if (only is not null && !only.Contains(name))
    {
        continue;
    }

    if (!ops.TryGetValue(name, out var op))
    {
        missing.Add(name);
        Console.Error.WriteLine($"{name,-20} missing");
        continue;
    }

    long warm = Stopwatch.GetTimestamp();
    for (int i = 0; i < Math.Max(3, images.Length) || Stopwatch.GetElapsedTime(warm).TotalSeconds < Math.Min(1.0, seconds / 4); i++)
    {
        op(images[i % images.Length]).Dispose();
    }

    long n = 0;
    long start = Stopwatch.GetTimestamp();
    double elapsed;
    do
    {
        op(images[n % images.Length]).Dispose();
        n++;
        elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
    while (elapsed < seconds);
    results[name] = Math.Round(n / elapsed, 2);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} {n / elapsed,10:F1} img/s  ({n} calls)"));
}

var doc = new
{
    meta = new
    {
        library = "opencvsharp",
        versions = new { opencvsharp = typeof(Cv2).Assembly.GetName().Version?.ToString(), opencv = Cv2.GetVersionString() },
        threads = Cv2.GetNumThreads(),
        size,
        seconds,
        images = files.Select(Path.GetFileName).ToArray(),
        missing,
    },
    results,
};
string json = JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
if (opts.TryGetValue("json", out var outPath))
{
    File.WriteAllText(outPath + ".tmp", json + "\n");
    File.Move(outPath + ".tmp", outPath, overwrite: true);
}
else
{
    Console.WriteLine(json);
}

return 0;

// torchvision's affine(angle=15, translate=(10, 5), scale=1.1, shear=(10, 0)) about the centre, as a forward matrix
// in OpenCV's pixel-centre coordinates (the same construction as peers.py).
static Mat AffineForward(int size)
{
    double c = size * 0.5;
    double rot = 15 * Math.PI / 180, sx = 10 * Math.PI / 180, sy = 0;
    double a = Math.Cos(rot - sy) / Math.Cos(sy);
    double b = -Math.Cos(rot - sy) * Math.Tan(sx) / Math.Cos(sy) - Math.Sin(rot);
    double cc = Math.Sin(rot - sy) / Math.Cos(sy);
    double d = -Math.Sin(rot - sy) * Math.Tan(sx) / Math.Cos(sy) + Math.Cos(rot);
    // forward about the centre: [a b; cc d] * scale, then + translate, in centre-relative coordinates
    double s = 1.1, tx = 10, ty = 5;
    double m00 = a * s, m01 = b * s, m10 = cc * s, m11 = d * s;
    // pixel-centre coordinates: p' = M (p - (c - 0.5)) + (c - 0.5) + t
    double o = c - 0.5;
    double m02 = o + tx - (m00 * o + m01 * o), m12 = o + ty - (m10 * o + m11 * o);
    var mat = new Mat(2, 3, MatType.CV_64FC1);
    mat.Set(0, 0, m00); mat.Set(0, 1, m01); mat.Set(0, 2, m02);
    mat.Set(1, 0, m10); mat.Set(1, 1, m11); mat.Set(1, 2, m12);
    return mat;
}

// torchvision's RandomResizedCrop.get_params (scale 0.08..1, ratio 3/4..4/3) on a size x size image.
static (int I, int J, int H, int W) RrcParams(int size, Random rng)
{
    double area = (double)size * size, logLo = Math.Log(3.0 / 4.0), logHi = Math.Log(4.0 / 3.0);
    for (int k = 0; k < 10; k++)
    {
        double target = area * (0.08 + rng.NextDouble() * 0.92);
        double ratio = Math.Exp(logLo + rng.NextDouble() * (logHi - logLo));
        int w = (int)Math.Round(Math.Sqrt(target * ratio)), h = (int)Math.Round(Math.Sqrt(target / ratio));
        if (w > 0 && w <= size && h > 0 && h <= size)
        {
            return (rng.Next(0, size - h + 1), rng.Next(0, size - w + 1), h, w);
        }
    }

    return (0, 0, size, size);
}
