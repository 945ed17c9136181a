#!/usr/bin/python3
"""Regenerate tests/SharpAugment.Tests/Fixtures/albumentations_pixel_a/ by reproducing Albumentations 2.0.8's pixel code.

Albumentations is not installable here (no PyPI), so this script re-implements, from tag 2.0.8 of
github.com/albumentations-team/albumentations and albucore 0.0.24 (the version 2.0.8 pins), the functional code of
the blur and colour transforms that SharpAugment follows, on the OpenCV and NumPy calls Albumentations makes. Every
case is deterministic (each range has lo = hi), so the draw is fixed and only the arithmetic is compared:

- Blur: augmentations/blur/functional.py box_blur = cv2.blur(img, (k, k)) (reflect-101 borders)
- MedianBlur: median_blur = cv2.medianBlur(img, k) (uint8_io)
- CLAHE: pixel/functional.py clahe: cv2.createCLAHE(clip_limit, tile_grid_size) on gray, or on L of cv2 RGB2LAB
  then LAB2RGB; tile_grid_size reaches OpenCV as (columns, rows)
- RandomBrightnessContrast: alpha = 1 + contrast, beta = brightness * 255 (or * np.mean(img)); albucore
  multiply_add_lut: clip(np.arange(256, float32) * alpha + beta) cast to uint8 (truncating)
- HueSaturationValue: shift_hsv: cv2 RGB2HSV; hue table np.mod(arange + shift, 180).astype(uint8); saturation
  (pixels with S > 0) and value: albucore add_constant = cv2.add(channel, int(shift)). For a negative shift
  albucore 0.0.24 returns float32 there and 2.0.8's cv2.merge then raises; this script clips that float sum to
  0..255, which is what a saturating uint8 add gives and what SharpAugment does.
- RGBShift: AdditiveNoise with constant uniform noise, limits beyond +-1 divided by 255, noise * 255; albucore
  add_vector -> add_lut: clip(arange + trunc(shift)) per channel
- ToSepia: cv2.transform(img, sepia matrix) (gray images are returned unchanged)
- RandomGamma: gamma = gamma_limit / 100; table (np.arange(0, 256/255, 1/255) ** gamma * 255).astype(uint8)

Inputs are crops of samples/images (committed in this repository); the RGB crop is 101 pixels wide so that OpenCV's
HSV-to-RGB conversion runs both its vector blocks (which truncate) and its scalar tail (which rounds). Run from the
repository root:
    /usr/bin/python3 tools/make_albumentations_pixel_a_fixtures.py
Re-running rewrites the fixtures byte for byte.
"""
import json
import os

import cv2
import numpy as np
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "SharpAugment.Tests", "Fixtures", "albumentations_pixel_a")
ALBUMENTATIONS = "2.0.8"
ALBUCORE = "0.0.24"

CROPS = [
    ("chelsea_101x37", "chelsea.png", 150, 40, 101, 37),
    ("camera_37x29", "camera.png", 200, 60, 37, 29),
]

SEPIA = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])


def is_gray(img):
    return img.ndim == 2


def box_blur(img, k):
    return cv2.blur(img, (k, k))


def median_blur(img, k):
    return cv2.medianBlur(img, k)


def clahe(img, clip_limit, tiles):
    mat = cv2.createCLAHE(clipLimit=clip_limit, tileGridSize=tuple(tiles))
    if is_gray(img):
        return mat.apply(img)
    lab = cv2.cvtColor(img, cv2.COLOR_RGB2LAB)
    lab[:, :, 0] = mat.apply(lab[:, :, 0])
    return cv2.cvtColor(lab, cv2.COLOR_LAB2RGB)


def brightness_contrast(img, brightness, contrast, by_max):
    alpha = 1.0 + contrast
    beta = brightness * 255 if by_max else brightness * np.mean(img)
    lut = np.clip(np.arange(0, 256, dtype=np.float32) * alpha + beta, 0, 255).astype(np.uint8)
    return lut[img]


def add_int_saturating(channel, shift):
    return np.clip(channel.astype(np.float32) + int(shift), 0, 255).astype(np.uint8)


def shift_hsv(img, hue_shift, sat_shift, val_shift):
    if hue_shift == 0 and sat_shift == 0 and val_shift == 0:
        return img
    gray = is_gray(img)
    if gray:
        hue_shift = 0
        sat_shift = 0
        img = cv2.cvtColor(img, cv2.COLOR_GRAY2RGB)
    hsv = cv2.cvtColor(img, cv2.COLOR_RGB2HSV)
    hue, sat, val = cv2.split(hsv)
    if hue_shift != 0:
        lut = np.mod(np.arange(0, 256, dtype=np.int16) + hue_shift, 180).astype(np.uint8)
        hue = lut[hue]
    if sat_shift != 0:
        gray_mask = sat == 0
        sat = add_int_saturating(sat, sat_shift)
        sat[gray_mask] = 0
    if val_shift != 0:
        val = add_int_saturating(val, val_shift)
    out = cv2.cvtColor(cv2.merge((hue, sat, val)), cv2.COLOR_HSV2RGB)
    return cv2.cvtColor(out, cv2.COLOR_RGB2GRAY) if gray else out


def rgb_shift(img, r, g, b):
    def normalize(limit):
        return limit / 255.0 if abs(limit) > 1 else limit

    shifts = [normalize(r) * 255, normalize(g) * 255, normalize(b) * 255]
    if is_gray(img):
        return add_int_saturating(img, shifts[0])
    luts = np.clip(np.arange(0, 256, dtype=np.float32)[None, :] + np.trunc(np.array(shifts)).astype(np.float32)[:, None], 0, 255)
    luts = luts.astype(np.uint8)
    return np.stack([luts[c][img[:, :, c]] for c in range(3)], -1)


def to_sepia(img):
    return img if is_gray(img) else cv2.transform(img, SEPIA)


def random_gamma(img, gamma_percent):
    gamma = gamma_percent / 100.0
    table = (np.arange(0, 256.0 / 255, 1.0 / 255) ** gamma) * 255
    return table.astype(np.uint8)[img]


CASES = [
    ("blur", "blur(blur_limit=3..3, p=1)", "A.Blur(blur_limit=(3, 3), p=1)", lambda i: box_blur(i, 3)),
    ("blur", "blur(blur_limit=5..5, p=1)", "A.Blur(blur_limit=(5, 5), p=1)", lambda i: box_blur(i, 5)),
    ("blur", "blur(blur_limit=9..9, p=1)", "A.Blur(blur_limit=(9, 9), p=1)", lambda i: box_blur(i, 9)),
    ("median_blur", "median_blur(blur_limit=3..3, p=1)", "A.MedianBlur(blur_limit=(3, 3), p=1)", lambda i: median_blur(i, 3)),
    ("median_blur", "median_blur(blur_limit=5..5, p=1)", "A.MedianBlur(blur_limit=(5, 5), p=1)", lambda i: median_blur(i, 5)),
    ("median_blur", "median_blur(blur_limit=7..7, p=1)", "A.MedianBlur(blur_limit=(7, 7), p=1)", lambda i: median_blur(i, 7)),
    ("clahe", "clahe(clip_limit=2..2, tile_grid_size=[8, 8], p=1)", "A.CLAHE(clip_limit=(2, 2), tile_grid_size=(8, 8), p=1)",
     lambda i: clahe(i, 2.0, (8, 8))),
    ("clahe", "clahe(clip_limit=4..4, tile_grid_size=[5, 3], p=1)", "A.CLAHE(clip_limit=(4, 4), tile_grid_size=(5, 3), p=1)",
     lambda i: clahe(i, 4.0, (5, 3))),
    ("clahe", "clahe(clip_limit=40..40, tile_grid_size=[2, 4], p=1)", "A.CLAHE(clip_limit=(40, 40), tile_grid_size=(2, 4), p=1)",
     lambda i: clahe(i, 40.0, (2, 4))),
    ("random_brightness_contrast", "random_brightness_contrast(brightness_limit=0.1..0.1, contrast_limit=0.3..0.3, p=1)",
     "A.RandomBrightnessContrast(brightness_limit=(0.1, 0.1), contrast_limit=(0.3, 0.3), p=1)",
     lambda i: brightness_contrast(i, 0.1, 0.3, True)),
    ("random_brightness_contrast", "random_brightness_contrast(brightness_limit=-0.15..-0.15, contrast_limit=-0.2..-0.2, p=1)",
     "A.RandomBrightnessContrast(brightness_limit=(-0.15, -0.15), contrast_limit=(-0.2, -0.2), p=1)",
     lambda i: brightness_contrast(i, -0.15, -0.2, True)),
    ("random_brightness_contrast", "random_brightness_contrast(brightness_limit=0.25..0.25, contrast_limit=0.1..0.1, brightness_by_max=false, p=1)",
     "A.RandomBrightnessContrast(brightness_limit=(0.25, 0.25), contrast_limit=(0.1, 0.1), brightness_by_max=False, p=1)",
     lambda i: brightness_contrast(i, 0.25, 0.1, False)),
    ("random_brightness_contrast", "random_brightness_contrast(brightness_limit=0..0, contrast_limit=0..0, p=1)",
     "A.RandomBrightnessContrast(brightness_limit=(0, 0), contrast_limit=(0, 0), p=1)",
     lambda i: brightness_contrast(i, 0.0, 0.0, True)),
    ("hue_saturation_value", "hue_saturation_value(hue_shift_limit=15..15, sat_shift_limit=20..20, val_shift_limit=10..10, p=1)",
     "A.HueSaturationValue(hue_shift_limit=(15, 15), sat_shift_limit=(20, 20), val_shift_limit=(10, 10), p=1)",
     lambda i: shift_hsv(i, 15, 20, 10)),
    ("hue_saturation_value", "hue_saturation_value(hue_shift_limit=-25.5..-25.5, sat_shift_limit=0..0, val_shift_limit=0..0, p=1)",
     "A.HueSaturationValue(hue_shift_limit=(-25.5, -25.5), sat_shift_limit=(0, 0), val_shift_limit=(0, 0), p=1)",
     lambda i: shift_hsv(i, -25.5, 0, 0)),
    ("hue_saturation_value", "hue_saturation_value(hue_shift_limit=100..100, sat_shift_limit=-30.7..-30.7, val_shift_limit=-12..-12, p=1)",
     "A.HueSaturationValue(hue_shift_limit=(100, 100), sat_shift_limit=(-30.7, -30.7), val_shift_limit=(-12, -12), p=1) [negative shifts clipped, see the docstring]",
     lambda i: shift_hsv(i, 100, -30.7, -12)),
    ("rgb_shift", "rgb_shift(r_shift_limit=20..20, g_shift_limit=-15..-15, b_shift_limit=7.5..7.5, p=1)",
     "A.RGBShift(r_shift_limit=(20, 20), g_shift_limit=(-15, -15), b_shift_limit=(7.5, 7.5), p=1)",
     lambda i: rgb_shift(i, 20, -15, 7.5)),
    ("rgb_shift", "rgb_shift(r_shift_limit=-0.1..-0.1, g_shift_limit=0.2..0.2, b_shift_limit=0..0, p=1)",
     "A.RGBShift(r_shift_limit=(-0.1, -0.1), g_shift_limit=(0.2, 0.2), b_shift_limit=(0, 0), p=1)",
     lambda i: rgb_shift(i, -0.1, 0.2, 0)),
    ("to_sepia", "to_sepia(p=1)", "A.ToSepia(p=1)", to_sepia),
    ("random_gamma", "random_gamma(gamma_limit=80..80, p=1)", "A.RandomGamma(gamma_limit=(80, 80), p=1)", lambda i: random_gamma(i, 80)),
    ("random_gamma", "random_gamma(gamma_limit=100..100, p=1)", "A.RandomGamma(gamma_limit=(100, 100), p=1)", lambda i: random_gamma(i, 100)),
    ("random_gamma", "random_gamma(gamma_limit=135..135, p=1)", "A.RandomGamma(gamma_limit=(135, 135), p=1)", lambda i: random_gamma(i, 135)),
]


def load_crop(source, left, top, width, height):
    img = Image.open(os.path.join(ROOT, "samples", "images", source))
    img = img.convert("L") if img.mode in ("L", "I;16", "I") else img.convert("RGB")
    return np.array(img.crop((left, top, left + width, top + height)))


def slug(text):
    out = "".join(c if c.isalnum() else "_" for c in text)
    while "__" in out:
        out = out.replace("__", "_")
    return out.strip("_")


def main():
    os.makedirs(OUT, exist_ok=True)
    inputs = []
    for stem, source, left, top, width, height in CROPS:
        img = load_crop(source, left, top, width, height)
        Image.fromarray(img).save(os.path.join(OUT, f"{stem}.png"), optimize=False)
        inputs.append((stem, img))

    cases = []
    for number, (op, pipeline, albumentations, run) in enumerate(CASES):
        for stem, img in inputs:
            out = run(img.copy())
            name = f"{number:02d}_{op}__{stem}.png"
            Image.fromarray(np.ascontiguousarray(out)).save(os.path.join(OUT, name), optimize=False)
            cases.append({"op": op, "pipeline": pipeline, "albumentations": albumentations, "input": f"{stem}.png",
                          "expected": name, "width": int(out.shape[1]), "height": int(out.shape[0]),
                          "channels": 1 if out.ndim == 2 else int(out.shape[2])})

    manifest = {
        "generator": "tools/make_albumentations_pixel_a_fixtures.py",
        "albumentations_followed": ALBUMENTATIONS,
        "albucore_followed": ALBUCORE,
        "albumentations_source": "github.com/albumentations-team/albumentations tag " + ALBUMENTATIONS
                                 + ": augmentations/blur/{functional,transforms}.py, augmentations/pixel/{functional,transforms}.py;"
                                 + " albucore tag " + ALBUCORE + ": functions.py, utils.py",
        "opencv": cv2.__version__,
        "numpy": np.__version__,
        "inputs": [{"file": f"{stem}.png", "source": f"samples/images/{source}", "crop": [left, top, width, height]}
                   for stem, source, left, top, width, height in CROPS],
        "cases": cases,
    }
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases written to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
