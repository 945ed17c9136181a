using SharpAugment.Audio.Transforms.Spectral;
using SharpAugment.Audio.Transforms.Waveform;
using SharpAugment.Pipelines;

namespace SharpAugment.Audio;

/// <summary>Registers the audio transforms: waveform transforms act on <see cref="AudioClip"/>, SpecAugment on <see cref="Spectrogram"/>.</summary>
public static class AudioTransformRegistration
{
    /// <summary>Adds every audio transform to <paramref name="registry"/>.</summary>
    public static TransformRegistry AddAudioTransforms(this TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        const string wave = "audio", spec = "spectrogram";
        registry.Add<AudioClip, GainOptions>("gain", wave, "multiply by 10^(dB/20)", o => new Gain(o));
        registry.Add<AudioClip, AddGaussianNoiseOptions>("add_gaussian_noise", wave, "add white noise of a given amplitude", o => new AddGaussianNoise(o));
        registry.Add<AudioClip, AddGaussianSnrOptions>("add_gaussian_snr", wave, "add white noise at a given SNR", o => new AddGaussianSnr(o));
        registry.Add<AudioClip, ShiftOptions>("shift", wave, "shift in time with rollover and seam fades", o => new Shift(o));
        registry.Add<AudioClip, TimeMaskOptions>("time_mask", wave, "silence a random run of samples", o => new TimeMask(o));
        registry.Add<AudioClip, PolarityInversionOptions>("polarity_inversion", wave, "flip the sign of the waveform", o => new PolarityInversion(o));
        registry.Add<AudioClip, ReverseOptions>("reverse", wave, "play backwards", o => new Reverse(o));
        registry.Add<AudioClip, ResampleOptions>("resample", wave, "change the sample rate (band-limited sinc)", o => new Resample(o));
        registry.Add<AudioClip, SpeedOptions>("speed", wave, "speed perturbation (tempo and pitch together)", o => new Speed(o));
        registry.Add<AudioClip, TimeStretchOptions>("time_stretch", wave, "change tempo, keep pitch (phase vocoder)", o => new TimeStretch(o));
        registry.Add<AudioClip, PitchShiftOptions>("pitch_shift", wave, "change pitch, keep duration", o => new PitchShift(o));
        registry.Add<AudioClip, AddBackgroundNoiseOptions>("add_background_noise", wave, "mix in noise files at a given SNR", o => new AddBackgroundNoise(o));
        registry.Add<AudioClip, ApplyImpulseResponseOptions>("apply_impulse_response", wave, "convolve with an impulse response (FFT)", o => new ApplyImpulseResponse(o));
        registry.Add<AudioClip, LowPassFilterOptions>("low_pass_filter", wave, "Butterworth low-pass", o => new LowPassFilter(o));
        registry.Add<AudioClip, HighPassFilterOptions>("high_pass_filter", wave, "Butterworth high-pass", o => new HighPassFilter(o));
        registry.Add<AudioClip, BandPassFilterOptions>("band_pass_filter", wave, "Butterworth band-pass", o => new BandPassFilter(o));
        registry.Add<AudioClip, ClippingDistortionOptions>("clipping_distortion", wave, "clip at sample percentiles", o => new ClippingDistortion(o));
        registry.Add<AudioClip, PeakNormalizeOptions>("peak_normalize", wave, "peak-normalise to 1 (audiomentations Normalize)", o => new PeakNormalize(o));
        registry.Add<AudioClip, AdjustDurationOptions>("adjust_duration", wave, "pad or trim to a duration", o => new AdjustDuration(o));
        registry.Add<Spectrogram, SpecAugmentOptions>("spec_augment", spec, "SpecAugment: time warp, time and frequency masks, named policies", o => new SpecAugment(o));
        registry.Add<Spectrogram, TimeMaskingOptions>("time_masking", spec, "SpecAugment time masks", o => new TimeMasking(o));
        registry.Add<Spectrogram, FrequencyMaskingOptions>("frequency_masking", spec, "SpecAugment frequency masks", o => new FrequencyMasking(o));
        registry.Add<Spectrogram, TimeWarpOptions>("time_warp", spec, "SpecAugment time warp", o => new TimeWarp(o));
        return registry;
    }
}
