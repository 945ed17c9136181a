#!/usr/bin/python3
"""Regenerate tests/SharpAugment.Tests/Fixtures/photometric/ from torchvision 0.14's uint8 tensor path.

Inputs are small crops of samples/images/chelsea.png (RGB) and samples/images/camera.png (gray); each case records
our pipeline text, the torchvision call that produced the expected image, and whether the test compares it exactly.
Run from the repository root: /usr/bin/python3 tools/make_photometric_fixtures.py
"""
import json
import os

import numpy as np
import torch
import torchvision
import torchvision.transforms.functional as F
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "SharpAugment.Tests", "Fixtures", "photometric")

# (name, source, left, top, width, height): 64x64 holds the erase rectangle, 33x21 exercises odd sizes.
CROPS = [
    ("chelsea_64x64", "chelsea.png", 150, 40, 64, 64),
    ("chelsea_33x21", "chelsea.png", 220, 120, 33, 21),
    ("camera_64x64", "camera.png", 200, 60, 64, 64),
    ("camera_33x21", "camera.png", 300, 300, 33, 21),
]

# How the test compares each case (tests/SharpAugment.Tests/Transforms/Photometric/PhotometricFixtureTests.cs):
# EXACT: byte for byte. Tables, blends, HSV and gamma are float32 arithmetic in torch's order (gamma's table goes
#   through powf; glibc's gives torch's bytes on every fixture value), so any difference is a bug.
# MEASURED: gaussian_blur on uint8 runs in 16-bit fixed point where torchvision convolves in float32, so a sum near
#   .5 can round the other way; the test pins the measured maximum |difference| and count of differing values.
EXACT = {"tolerance": "exact"}
MEASURED = {"tolerance": "measured"}

CASES = [
    ("brightness(factor=1.3)", "F.adjust_brightness(t, 1.3)", lambda t: F.adjust_brightness(t, 1.3), EXACT),
    ("brightness(factor=0.5)", "F.adjust_brightness(t, 0.5)", lambda t: F.adjust_brightness(t, 0.5), EXACT),
    ("contrast(factor=1.5)", "F.adjust_contrast(t, 1.5)", lambda t: F.adjust_contrast(t, 1.5), EXACT),
    ("contrast(factor=0.3)", "F.adjust_contrast(t, 0.3)", lambda t: F.adjust_contrast(t, 0.3), EXACT),
    ("saturation(factor=1.8)", "F.adjust_saturation(t, 1.8)", lambda t: F.adjust_saturation(t, 1.8), EXACT),
    ("hue(factor=0.1)", "F.adjust_hue(t, 0.1)", lambda t: F.adjust_hue(t, 0.1), EXACT),
    ("hue(factor=-0.3)", "F.adjust_hue(t, -0.3)", lambda t: F.adjust_hue(t, -0.3), EXACT),
    ("gamma(gamma=0.7)", "F.adjust_gamma(t, 0.7)", lambda t: F.adjust_gamma(t, 0.7), EXACT),
    ("gamma(gamma=1.6, gain=1.2)", "F.adjust_gamma(t, 1.6, 1.2)", lambda t: F.adjust_gamma(t, 1.6, 1.2), EXACT),
    ("sharpness(factor=2.0)", "F.adjust_sharpness(t, 2.0)", lambda t: F.adjust_sharpness(t, 2.0), EXACT),
    ("sharpness(factor=0.3)", "F.adjust_sharpness(t, 0.3)", lambda t: F.adjust_sharpness(t, 0.3), EXACT),
    ("posterize(bits=3)", "F.posterize(t, 3)", lambda t: F.posterize(t, 3), EXACT),
    ("solarize(threshold=100)", "F.solarize(t, 100)", lambda t: F.solarize(t, 100), EXACT),
    ("autocontrast", "F.autocontrast(t)", F.autocontrast, EXACT),
    ("equalize", "F.equalize(t)", F.equalize, EXACT),
    ("invert", "F.invert(t)", F.invert, EXACT),
    ("grayscale(num_output_channels=none)", "F.rgb_to_grayscale(t, num_output_channels=C)", lambda t: F.rgb_to_grayscale(t, t.shape[0]), EXACT),
    ("grayscale(num_output_channels=1)", "F.rgb_to_grayscale(t, 1)", lambda t: F.rgb_to_grayscale(t, 1), EXACT),
    ("gaussian_blur(kernel_size=5, sigma=1.5)", "F.gaussian_blur(t, [5, 5], [1.5, 1.5])", lambda t: F.gaussian_blur(t, [5, 5], [1.5, 1.5]), MEASURED),
    ("gaussian_blur(kernel_size=[3, 7], sigma=0.8)", "F.gaussian_blur(t, [3, 7], [0.8, 0.8])", lambda t: F.gaussian_blur(t, [3, 7], [0.8, 0.8]), MEASURED),
    ("erase(x=10, y=20, width=50, height=40, value=0)", "F.erase(t, 20, 10, 40, 50, torch.tensor(0))", lambda t: F.erase(t, 20, 10, 40, 50, torch.tensor(0, dtype=torch.uint8)), EXACT),
]


# Float cases: torchvision's float tensor path on x/255 of the 33x21 crops, stored as raw little-endian float32
# (input and expected) so no conversion stands between the two sides. Thresholds are in our 0..255 units.
# EXACT cases are bit-identical; MEASURED ones (powf, the sharpness and blur kernels' summation order, normalize's
# division) differ by a few ulps, pinned per case in the test.
FLOAT_CASES = [
    ("brightness(factor=1.3)", lambda t: F.adjust_brightness(t, 1.3), EXACT),
    ("contrast(factor=0.3)", lambda t: F.adjust_contrast(t, 0.3), EXACT),
    ("saturation(factor=1.8)", lambda t: F.adjust_saturation(t, 1.8), EXACT),
    ("hue(factor=-0.3)", lambda t: F.adjust_hue(t, -0.3), EXACT),
    ("gamma(gamma=0.7)", lambda t: F.adjust_gamma(t, 0.7), MEASURED),
    ("sharpness(factor=2.0)", lambda t: F.adjust_sharpness(t, 2.0), MEASURED),
    ("solarize(threshold=100)", lambda t: F.solarize(t, float(np.float32(100 / 255.0))), EXACT),
    ("autocontrast", F.autocontrast, EXACT),
    ("invert", F.invert, EXACT),
    ("grayscale(num_output_channels=none)", lambda t: F.rgb_to_grayscale(t, t.shape[0]), EXACT),
    ("gaussian_blur(kernel_size=5, sigma=1.5)", lambda t: F.gaussian_blur(t, [5, 5], [1.5, 1.5]), MEASURED),
    ("normalize(mean=0.4, std=0.2)", lambda t: F.normalize(t, [0.4] * t.shape[0], [0.2] * t.shape[0]), MEASURED),
]


def save_float(t, path):
    t.permute(1, 2, 0).contiguous().numpy().astype("<f4").tofile(path)


def slug(text):
    out = "".join(ch if ch.isalnum() else "_" for ch in text)
    while "__" in out:
        out = out.replace("__", "_")
    return out.strip("_")


def to_tensor(a):
    return torch.from_numpy(a[:, :, None] if a.ndim == 2 else a).permute(2, 0, 1).contiguous()


def save(t, path):
    a = t.permute(1, 2, 0).numpy()
    Image.fromarray(a[:, :, 0] if a.shape[2] == 1 else a).save(path, optimize=True)


def main():
    assert torchvision.__version__.startswith("0.14"), torchvision.__version__
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".png") or f.endswith(".f32") or f == "manifest.json":
            os.remove(os.path.join(OUT, f))
    cases = []
    for crop, src, left, top, w, h in CROPS:
        img = np.array(Image.open(os.path.join(ROOT, "samples", "images", src)))
        if img.ndim == 3:
            img = img[:, :, :3]
        a = np.ascontiguousarray(img[top:top + h, left:left + w])
        t = to_tensor(a)
        save(t, os.path.join(OUT, crop + ".png"))
        for text, call, fn, tol in CASES:
            out = fn(t.clone())
            assert out.dtype == torch.uint8
            name = crop + "__" + slug(text)
            save(out, os.path.join(OUT, name + ".png"))
            cases.append({"input": crop + ".png", "expected": name + ".png", "pipeline": text,
                          "torchvision": call, "channels": int(t.shape[0]), **tol})
    float_cases = []
    for crop, src, left, top, w, h in CROPS:
        if w != 33:
            continue
        img = np.array(Image.open(os.path.join(OUT, crop + ".png")))
        t = to_tensor(img).float() / 255
        save_float(t, os.path.join(OUT, crop + ".f32"))
        for text, fn, tol in FLOAT_CASES:
            out = fn(t.clone())
            assert out.dtype == torch.float32
            name = crop + "__float__" + slug(text)
            save_float(out, os.path.join(OUT, name + ".f32"))
            float_cases.append({"input": crop + ".f32", "expected": name + ".f32", "pipeline": text, "width": w,
                                "height": h, "channels": int(t.shape[0]), **tol})
    manifest = {"generator": "tools/make_photometric_fixtures.py", "torch": torch.__version__,
                "torchvision": torchvision.__version__, "cases": cases, "float_cases": float_cases}
    with open(os.path.join(OUT, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
    print(len(cases), "uint8 cases and", len(float_cases), "float cases written to", OUT)


if __name__ == "__main__":
    main()
