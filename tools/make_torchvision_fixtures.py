#!/usr/bin/python3
"""Regenerates the torchvision reference fixtures for the image core (issue 2).

Run from the repository root with the reference environment (torch 1.13, torchvision 0.14):

    /usr/bin/python3 tools/make_torchvision_fixtures.py

Writes tests/SharpAugment.Tests/Fixtures/torchvision/{inputs,expected}/*.png and manifest.json.
Every expected image is torchvision's *tensor* path on a uint8 CHW tensor (the path DESIGN.md says we
match), never the PIL path. The format is described in tools/README.md.
"""

import json
import os
import sys

import numpy as np
import torch
import torchvision
import torchvision.transforms.functional as F
from PIL import Image
from torchvision.transforms import InterpolationMode

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "tests", "SharpAugment.Tests", "Fixtures", "torchvision")
SAMPLES = os.path.join(ROOT, "samples", "images")

NEAREST = InterpolationMode.NEAREST
BILINEAR = InterpolationMode.BILINEAR

# The issue-2 pipelines, verbatim (outside checks use this exact text), with the torchvision call each one
# means and how the test compares it:
#   exact     - byte for byte: our arithmetic is torch's (colour ops, flips, crops, pads, and rotate/affine through
#               the float32 grid of Warp.TorchAffine), so any difference is a bug
#   measured  - ops whose arithmetic differs on purpose (gaussian_blur's 16-bit fixed point, resize's weights);
#               the test pins the measured maximum |difference| and count of differing values per case
#               (table in tests/SharpAugment.Tests/Reference/TorchvisionReferenceTests.cs)
PIPELINES = [
    ("hflip", "exact", "F.hflip(img)", lambda t: F.hflip(t)),
    ("vflip", "exact", "F.vflip(img)", lambda t: F.vflip(t)),
    ("rotate(angle=30)", "exact", "F.rotate(img, 30.0)", lambda t: F.rotate(t, 30.0)),
    ("rotate(angle=-17.5, interpolation=bilinear)", "exact",
     "F.rotate(img, -17.5, interpolation=BILINEAR)", lambda t: F.rotate(t, -17.5, interpolation=BILINEAR)),
    ("affine(angle=15, translate=[10,5], scale=1.1, shear=[10,0])", "exact",
     "F.affine(img, angle=15.0, translate=[10, 5], scale=1.1, shear=[10.0, 0.0])",
     lambda t: F.affine(t, angle=15.0, translate=[10, 5], scale=1.1, shear=[10.0, 0.0])),
    ("affine(angle=15, translate=[10,5], scale=1.1, shear=[10,0], interpolation=bilinear)", "exact",
     "F.affine(img, angle=15.0, translate=[10, 5], scale=1.1, shear=[10.0, 0.0], interpolation=BILINEAR)",
     lambda t: F.affine(t, angle=15.0, translate=[10, 5], scale=1.1, shear=[10.0, 0.0], interpolation=BILINEAR)),
    ("resize(width=224, height=160, interpolation=bilinear)", "measured",
     "F.resize(img, [160, 224], interpolation=BILINEAR, antialias=True)",
     lambda t: F.resize(t, [160, 224], interpolation=BILINEAR, antialias=True)),
    ("center_crop(width=200, height=150)", "exact", "F.center_crop(img, [150, 200])",
     lambda t: F.center_crop(t, [150, 200])),
    ("brightness(factor=1.3)", "exact", "F.adjust_brightness(img, 1.3)", lambda t: F.adjust_brightness(t, 1.3)),
    ("contrast(factor=1.5)", "exact", "F.adjust_contrast(img, 1.5)", lambda t: F.adjust_contrast(t, 1.5)),
    ("saturation(factor=1.8)", "exact", "F.adjust_saturation(img, 1.8)", lambda t: F.adjust_saturation(t, 1.8)),
    ("hue(factor=0.1)", "exact", "F.adjust_hue(img, 0.1)", lambda t: F.adjust_hue(t, 0.1)),
    ("gamma(gamma=0.7)", "exact", "F.adjust_gamma(img, 0.7)", lambda t: F.adjust_gamma(t, 0.7)),
    ("sharpness(factor=2.0)", "exact", "F.adjust_sharpness(img, 2.0)", lambda t: F.adjust_sharpness(t, 2.0)),
    ("posterize(bits=3)", "exact", "F.posterize(img, 3)", lambda t: F.posterize(t, 3)),
    ("solarize(threshold=100)", "exact", "F.solarize(img, 100.0)", lambda t: F.solarize(t, 100.0)),
    ("autocontrast", "exact", "F.autocontrast(img)", lambda t: F.autocontrast(t)),
    ("equalize", "exact", "F.equalize(img)", lambda t: F.equalize(t)),
    ("invert", "exact", "F.invert(img)", lambda t: F.invert(t)),
    # torchvision's default num_output_channels=1: RGB becomes one channel; gray input is returned as is.
    ("grayscale", "exact", "F.rgb_to_grayscale(img)", lambda t: F.rgb_to_grayscale(t)),
    ("gaussian_blur(kernel_size=5, sigma=1.5)", "measured", "F.gaussian_blur(img, [5, 5], [1.5, 1.5])",
     lambda t: F.gaussian_blur(t, [5, 5], [1.5, 1.5])),
    ("erase(x=10, y=20, width=50, height=40, value=0)", "exact",
     "F.erase(img, i=20, j=10, h=40, w=50, v=torch.tensor(0))",
     lambda t: F.erase(t, i=20, j=10, h=40, w=50, v=torch.tensor(0, dtype=torch.uint8))),
    # The issue writes mode=reflect; torchvision's parameter is padding_mode. Text kept verbatim.
    ("pad(padding=7, mode=reflect)", "exact", "F.pad(img, [7], padding_mode='reflect')",
     lambda t: F.pad(t, [7], padding_mode="reflect")),
]

# (file stem, source, mode, width, height). One input larger than 224x160 per colour mode (resize
# downscales), the others smaller (resize upscales, center_crop pads); 97x61 has odd sides so that the
# half-pixel centre conventions of rotate/affine/center_crop are exercised.
INPUTS = [
    ("rocket_240x180", "rocket.jpg", "RGB", 240, 180),
    ("camera_240x180", "camera.png", "L", 240, 180),
    ("chelsea_97x61", "chelsea.png", "RGB", 97, 61),
    ("camera_97x61", "camera.png", "L", 97, 61),
    ("rocket_64x64", "rocket.jpg", "RGB", 64, 64),
]


def make_input(source, mode, width, height):
    """Scales the sample to cover width x height (Lanczos), then crops the centre: a photograph, not noise."""
    img = Image.open(os.path.join(SAMPLES, source))
    img.load()
    img = img.convert(mode)
    scale = max(width / img.width, height / img.height)
    sw, sh = max(width, round(img.width * scale)), max(height, round(img.height * scale))
    img = img.resize((sw, sh), Image.LANCZOS)
    left, top = (sw - width) // 2, (sh - height) // 2
    return img.crop((left, top, left + width, top + height))


def write_input(out_dir, stem, source, mode, width, height):
    """Writes inputs/<stem>.png and returns (relative path, uint8 CHW tensor of the PNG as re-read).

    Re-reading what was written means the expected outputs derive from exactly the bytes the C# test decodes.
    """
    rel = f"inputs/{stem}.png"
    save_png(make_input(source, mode, width, height), os.path.join(out_dir, rel))
    reread = Image.open(os.path.join(out_dir, rel))
    reread.load()
    assert reread.mode == mode and reread.size == (width, height)
    return rel, to_tensor(reread)


def to_tensor(img):
    """PIL -> uint8 CHW tensor, as torchvision.transforms.functional.pil_to_tensor."""
    a = np.asarray(img, dtype=np.uint8)
    if a.ndim == 2:
        a = a[:, :, None]
    return torch.from_numpy(a.copy()).permute(2, 0, 1).contiguous()


def to_pil(t):
    assert t.dtype == torch.uint8, t.dtype
    a = t.permute(1, 2, 0).numpy()
    return Image.fromarray(a[:, :, 0], "L") if a.shape[2] == 1 else Image.fromarray(a, "RGB")


def slug(text):
    out = []
    for ch in text:
        out.append(ch if ch.isalnum() else "_")
    s = "".join(out)
    while "__" in s:
        s = s.replace("__", "_")
    return s.strip("_")


def save_png(img, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path, "PNG", optimize=True)


def main():
    torch.manual_seed(0)  # nothing here is random; set anyway so a future random call is reproducible
    cases = []
    inputs = []
    for stem, source, mode, w, h in INPUTS:
        rel, t = write_input(OUT, stem, source, mode, w, h)
        inputs.append({"file": rel, "source": f"samples/images/{source}", "width": w, "height": h,
                       "channels": 1 if mode == "L" else 3})
        for index, (text, tolerance, call, fn) in enumerate(PIPELINES):
            out = fn(t.clone())
            assert out.dtype == torch.uint8 and out.ndim == 3, (text, out.dtype, out.shape)
            exp_rel = f"expected/{index:02d}_{slug(text)}/{stem}.png"
            save_png(to_pil(out), os.path.join(OUT, exp_rel))
            cases.append({
                "pipeline": text,
                "transform": text.split("(")[0],
                "input": rel,
                "expected": exp_rel,
                "tolerance": tolerance,
                "torchvision_call": call,
                "width": int(out.shape[2]),
                "height": int(out.shape[1]),
                "channels": int(out.shape[0]),
            })
    manifest = {
        "generator": "tools/make_torchvision_fixtures.py",
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "path": "tensor, uint8, CHW",
        "tolerances": {
            "exact": "byte for byte",
            "measured": "max |ours - torchvision| and the count of differing values at most the measured ones, "
                        "pinned per case in tests/SharpAugment.Tests/Reference/TorchvisionReferenceTests.cs",
        },
        "inputs": inputs,
        "cases": cases,
    }
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases, {len(inputs)} inputs -> {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
