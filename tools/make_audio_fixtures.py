#!/usr/bin/env python3
"""Regenerates tests/SharpAugment.Audio.Tests/Fixtures from torchaudio 0.13 (Debian python3-torchaudio) and scipy.

Signals are synthesized (tones, a chirp, seeded noise), 0.5 s at 16 kHz, stored as float32 .npy.
References are computed in float64 (torch's default dtype set to float64, so the Hann window, the
mel filterbank and the STFT are all double) and stored as float32, so the C# comparison measures our
error, not float32 rounding inside torch (a float32 window alone moves near-silent cells by 4e-4 relative).
Run: /usr/bin/python3 tools/make_audio_fixtures.py
"""
import os

import numpy as np
import scipy.io.wavfile
import scipy.signal
import torch
import torchaudio
import torchaudio.functional as AF
import torchaudio.transforms as T

torch.set_default_dtype(torch.float64)

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "SharpAugment.Audio.Tests", "Fixtures")
os.makedirs(OUT, exist_ok=True)


def save(name, array):
    np.save(os.path.join(OUT, name), np.ascontiguousarray(array, dtype=np.float32))


def mel(x, **kw):
    t = T.MelSpectrogram(**kw).double()
    return t(torch.from_numpy(x.astype(np.float64))).numpy()


sr = 16000
t = np.arange(int(0.5 * sr)) / sr
tone = (0.5 * np.sin(2 * np.pi * 440 * t) + 0.2 * np.sin(2 * np.pi * 1234 * t)).astype(np.float32)
chirp = (0.6 * scipy.signal.chirp(t, f0=100, t1=t[-1], f1=6000, method="linear")).astype(np.float32)
noise = (0.1 * np.random.default_rng(0).standard_normal(t.size)).astype(np.float32)
stereo = np.stack([chirp, noise])
save("tone16k.npy", tone)
save("stereo16k.npy", stereo)

# 1. torchaudio's defaults (n_fft 400, hop 200, 128 HTK mels, power 2) on a stereo clip.
save("mel_default.npy", mel(stereo, sample_rate=sr))
# 2. Slaney scale and norm, magnitude, a window shorter than n_fft, a band limit.
save("mel_slaney.npy", mel(tone, sample_rate=sr, n_fft=512, win_length=400, hop_length=128, n_mels=64,
                           f_min=50.0, f_max=7000.0, power=1.0, norm="slaney", mel_scale="slaney"))
# 3. dB with top_db = 80 of case 1.
db = T.AmplitudeToDB(stype="power", top_db=80.0)(torch.from_numpy(mel(stereo, sample_rate=sr))).numpy()
save("mel_default_db.npy", db)
# 4. Another sample rate: the filterbank follows the file's rate.
t22 = np.arange(int(0.5 * 22050)) / 22050
tone22 = (0.5 * np.sin(2 * np.pi * 3000 * t22)).astype(np.float32)
save("tone22k.npy", tone22)
save("mel_22050.npy", mel(tone22, sample_rate=22050))
# 5. Band-limited sinc resampling (Hann window, lowpass_filter_width 6, rolloff 0.99).
x = torch.from_numpy(chirp.astype(np.float64))
save("resample_16000_8000.npy", AF.resample(x, 16000, 8000).numpy())
save("resample_16000_22050.npy", AF.resample(x, 16000, 22050).numpy())
save("resample_16000_14400.npy", AF.resample(x, 16000, 14400).numpy())

# 6. WAV files written by scipy in each format it writes, 3 channels x 50 frames, for the decoder.
ramp = np.stack([np.linspace(-1, 1, 50), np.linspace(0.5, -0.5, 50), 0.25 * np.sin(np.arange(50))]).T
scipy.io.wavfile.write(os.path.join(OUT, "scipy_u8.wav"), 8000, np.round(ramp * 127 + 128).astype(np.uint8))
scipy.io.wavfile.write(os.path.join(OUT, "scipy_i16.wav"), 8000, np.round(ramp * 32767).astype(np.int16))
scipy.io.wavfile.write(os.path.join(OUT, "scipy_i32.wav"), 8000, np.round(ramp * 2147483647).astype(np.int32))
scipy.io.wavfile.write(os.path.join(OUT, "scipy_f32.wav"), 8000, ramp.astype(np.float32))
scipy.io.wavfile.write(os.path.join(OUT, "scipy_f64.wav"), 8000, ramp.astype(np.float64))
save("scipy_ramp.npy", ramp.T)
manifest = {
    "generator": "tools/make_audio_fixtures.py",
    "torch": torch.__version__, "torchaudio": torchaudio.__version__, "numpy": np.__version__, "scipy": scipy.__version__,
    "dtype": "references computed in float64 (torch default dtype), stored as float32 .npy",
    "files": {
        "tone16k.npy": "input: 440 + 1234 Hz tone, 0.5 s at 16 kHz", "stereo16k.npy": "input: [chirp 100..6000 Hz, seeded noise]",
        "mel_default.npy": "T.MelSpectrogram(sample_rate=16000)(stereo16k)",
        "mel_slaney.npy": "T.MelSpectrogram(16000, n_fft=512, win_length=400, hop_length=128, n_mels=64, f_min=50, f_max=7000, power=1, norm='slaney', mel_scale='slaney')(tone16k)",
        "mel_default_db.npy": "T.AmplitudeToDB(stype='power', top_db=80)(mel_default)",
        "tone22k.npy": "input: 3000 Hz tone, 0.5 s at 22.05 kHz", "mel_22050.npy": "T.MelSpectrogram(sample_rate=22050)(tone22k)",
        "resample_16000_8000.npy": "AF.resample(chirp, 16000, 8000)", "resample_16000_22050.npy": "AF.resample(chirp, 16000, 22050)",
        "resample_16000_14400.npy": "AF.resample(chirp, 16000, 14400)",
        "scipy_*.wav": "scipy.io.wavfile.write of scipy_ramp.npy as u8, i16, i32, f32, f64",
    },
    "waveform/": "tools/make_waveform_fixtures.py (its own manifest)",
    "reproducible": "every .npy byte for byte; scipy_f64.wav holds np.sin(arange(50)) in float64, whose last bit follows "
                    "numpy's SIMD loops, so a regeneration may flip single bits there (the tests read scipy_ramp.npy, float32)",
}
import json
with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(manifest, f, indent=1)
    f.write("\n")
print("fixtures written to", os.path.abspath(OUT))
