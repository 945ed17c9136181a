#!/usr/bin/python3
"""Regenerate tests/SharpAugment.Audio.Tests/Fixtures/waveform/ from NumPy/SciPy formulas, following audiomentations 0.43.1.

audiomentations is not installable here (no PyPI); its waveform transforms are a few lines of NumPy/SciPy each, so this
script runs those lines (audiomentations 0.43.1, github.com/iver56/audiomentations: augmentations/base_butterword_filter.py,
clipping_distortion.py, gain.py, normalize.py, polarity_inversion.py, reverse.py) with the random draws fixed:

- filters.json: for each (btype, order, corner) scipy.signal.butter(order, corner, btype, fs=sr, output='sos') and its
  complex response sosfreqz(sos, worN=freqs, fs=sr) at fixed frequencies; the band-pass uses scipy's band design
  (one prototype transformed), which ours approximates by cascading a high-pass and a low-pass.
- filter_<case>.npy: audiomentations' apply on a float32 chirp: sosfilt(sos, x, zi=sosfilt_zi(sos) * x[0]) or
  sosfiltfilt(sos, x) when zero_phase, cast to float32.
- clip_<p>.npy: ClippingDistortion: np.clip(x, *np.percentile(x, [int(p/2), 100 - int(p/2)])).
- gain / polarity / reverse / peak_normalize outputs on the same chirp (x * 10**(db/20), -x, x[::-1], x / max|x|).

Run from the repository root: /usr/bin/python3 tools/make_waveform_fixtures.py (rewrites the fixtures byte for byte).
"""
import json
import os

import numpy as np
import scipy
import scipy.signal as ss

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "SharpAugment.Audio.Tests", "Fixtures", "waveform")
AUDIOMENTATIONS = "0.43.1"
SR = 16000


def save(name, array):
    np.save(os.path.join(OUT, name), np.ascontiguousarray(array, dtype=np.float32))


def main():
    os.makedirs(OUT, exist_ok=True)
    t = np.arange(int(0.125 * SR)) / SR
    # A chirp plus a DC offset, so the steady-state start (zi * x[0]) matters.
    x = (0.1 + 0.6 * ss.chirp(t, f0=50, t1=t[-1], f1=7500, method="logarithmic")).astype(np.float32)
    save("chirp16k.npy", x)
    freqs = np.geomspace(20, 7900, 48)

    filters = []
    designs = [("lowpass", 1, 1000.0), ("lowpass", 2, 3000.0), ("lowpass", 4, 440.0), ("lowpass", 5, 7000.0),
               ("highpass", 1, 200.0), ("highpass", 3, 1500.0), ("highpass", 4, 60.0), ("highpass", 6, 2400.0),
               ("bandpass", 2, (700.0, 2100.0)), ("bandpass", 4, (300.0, 500.0)), ("bandpass", 3, (1000.0, 7990.0))]
    for btype, order, corner in designs:
        sos = ss.butter(order, corner, btype=btype, analog=False, fs=SR, output="sos")
        _, h = ss.sosfreqz(sos, worN=freqs, fs=SR)
        entry = {"btype": btype, "order": order, "corner": corner if btype != "bandpass" else list(corner),
                 "freqs": freqs.tolist(), "re": h.real.tolist(), "im": h.imag.tolist(), "outputs": {}}
        for zero_phase in (False, True):
            if zero_phase:
                y = ss.sosfiltfilt(sos, x)
            else:
                y, _ = ss.sosfilt(sos, x, zi=ss.sosfilt_zi(sos) * x[0])
            name = f"filter_{btype}_{order}_{'zp' if zero_phase else 'fw'}.npy"
            save(name, y.astype(np.float32))
            entry["outputs"]["zero_phase" if zero_phase else "forward"] = name
        filters.append(entry)

    clips = []
    for p in (0, 7, 20, 40):
        lower = int(p / 2)
        lo, hi = np.percentile(x, [lower, 100 - lower])
        name = f"clip_{p}.npy"
        save(name, np.clip(x, lo, hi))
        clips.append({"percentile_threshold": p, "expected": name})

    simple = []
    for db in (-6.0, 4.5):
        name = f"gain_{db}.npy"
        save(name, x * 10 ** (db / 20))  # float32 array times a Python float: float32 arithmetic, as audiomentations
        simple.append({"pipeline": f"gain(db={db})", "expected": name, "audiomentations": "samples * convert_decibels_to_amplitude_ratio(db)"})
    save("polarity.npy", -x)
    simple.append({"pipeline": "polarity_inversion", "expected": "polarity.npy", "audiomentations": "-samples"})
    save("reverse.npy", x[::-1])
    simple.append({"pipeline": "reverse", "expected": "reverse.npy", "audiomentations": "samples[::-1]"})
    save("peak_normalize.npy", x / np.amax(np.abs(x)))
    simple.append({"pipeline": "peak_normalize", "expected": "peak_normalize.npy", "audiomentations": "samples / np.amax(np.abs(samples)) (Normalize)"})

    manifest = {
        "generator": "tools/make_waveform_fixtures.py",
        "audiomentations_followed": AUDIOMENTATIONS,
        "audiomentations_source": "github.com/iver56/audiomentations v" + AUDIOMENTATIONS,
        "numpy": np.__version__, "scipy": scipy.__version__,
        "sample_rate": SR, "input": "chirp16k.npy",
        "filters": filters, "clipping_distortion": clips, "simple": simple,
    }
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"{len(filters)} filters, {len(clips)} clipping cases, {len(simple)} simple cases")


if __name__ == "__main__":
    main()
