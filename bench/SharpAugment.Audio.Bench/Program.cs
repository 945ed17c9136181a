// Real-time factors of the audio package on 10 s of 16 kHz mono audio: time to process / 10 s (lower is faster).
// Run: dotnet run -c Release --project bench/SharpAugment.Audio.Bench
using System.Diagnostics;
using System.Globalization;
using SharpAugment.Audio;
using SharpAugment.Audio.Dsp;
using SharpAugment.Audio.IO;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

const int Sr = 16000;
const double Seconds = 10.0;
var rng = new Rng(1);
var samples = new float[(int)(Sr * Seconds)];
for (int i = 0; i < samples.Length; i++)
{
    double t = (double)i / Sr;
    samples[i] = (float)((0.4 * Math.Sin(2 * Math.PI * ((200 * t) + (150 * t * t)))) + rng.Normal(0, 0.02));
}

var clip = AudioClip.Mono(samples, Sr);
string tmp = Path.Combine(Path.GetTempPath(), "sa-audio-bench");
Directory.CreateDirectory(tmp);
var noise = new float[Sr * 12];
for (int i = 0; i < noise.Length; i++)
{
    noise[i] = (float)rng.Normal(0, 0.1);
}

WavCodec.Save(AudioClip.Mono(noise, Sr), Path.Combine(tmp, "noise.wav"));
var ir = new float[Sr / 2];
for (int i = 0; i < ir.Length; i++)
{
    ir[i] = (float)(rng.Normal(0, 1) * Math.Exp(-i / 1600.0));
}

WavCodec.Save(AudioClip.Mono(ir, Sr), Path.Combine(tmp, "ir.wav"));

var registry = new TransformRegistry().AddAudioTransforms();
var mel = new MelSpectrogram(new MelSpectrogramSettings());
var specAugment = registry.Parse<Spectrogram>("spec_augment(policy=LD)");
Console.WriteLine($"# {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
Console.WriteLine("| operation on 10 s of 16 kHz mono | min ms | median ms | real-time factor (min) |");
Console.WriteLine("|---|---:|---:|---:|");
Measure("mel_spectrogram (n_fft 400, hop 200, 128 mels)", () => mel.Compute(clip));
Measure("mel_spectrogram + dB + spec_augment(policy=LD)", () => specAugment.Apply(Decibels.FromPower(mel.Compute(clip)), new AugmentContext(new Rng(2))));
var spec = Decibels.FromPower(mel.Compute(clip));
Measure("spec_augment(policy=LD) alone", () => specAugment.Apply(spec, new AugmentContext(new Rng(2))));
string[] pipelines =
[
    "gain", "add_gaussian_noise", "add_gaussian_snr", "shift", "time_mask", "polarity_inversion", "reverse",
    "resample(sample_rate=22050)", "resample(sample_rate=8000)", "speed(factors=[1.1])", "time_stretch(rate=1.2)", "pitch_shift(semitones=3)",
    $"add_background_noise(sounds_path=\"{tmp}/noise.wav\")", $"apply_impulse_response(ir_path=\"{tmp}/ir.wav\")",
    "low_pass_filter(rolloff=24)", "high_pass_filter(rolloff=24)", "band_pass_filter(rolloff=24)", "clipping_distortion",
    "peak_normalize", "adjust_duration(duration_seconds=12)",
];
foreach (string p in pipelines)
{
    var t = registry.Parse<AudioClip>(p);
    Measure(p.Replace(tmp, "TMP", StringComparison.Ordinal), () => t.Apply(clip, new AugmentContext(new Rng(3))));
}

Directory.Delete(tmp, true);

static void Measure(string name, Action action)
{
    // Warm up for half a second: the first calls pay for JIT and for the thread pool that MathNet's FFT uses.
    var warm = Stopwatch.StartNew();
    do
    {
        action();
    }
    while (warm.Elapsed.TotalSeconds < 0.5);

    var times = new List<double>();
    var total = Stopwatch.StartNew();
    while (times.Count < 5 || (total.Elapsed.TotalSeconds < 2 && times.Count < 50))
    {
        var sw = Stopwatch.StartNew();
        action();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    // The minimum is the figure least disturbed by other jobs on a shared machine; the median shows the spread.
    double median = times[times.Count / 2], min = times[0];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{name}` | {min:0.00} | {median:0.00} | {min / 1000 / Seconds:0.00000} |"));
}
