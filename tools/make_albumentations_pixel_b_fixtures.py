#!/usr/bin/python3
"""Regenerate tests/SharpAugment.Tests/Fixtures/albumentations_pixel_b/ (issue 18, quality and detail transforms).

Albumentations cannot be installed here (no PyPI), so this script re-states, in its own code, what Albumentations 2.0.8
(tag 2.0.8 of github.com/albumentations-team/albumentations, augmentations/pixel/transforms.py and functional.py)
computes for fixed draws, and runs it on Debian's OpenCV and NumPy, which Albumentations itself calls:

- Sharpen (method "kernel"): kernel = (1 - alpha) * I + alpha * [[-1,-1,-1],[-1,8+lightness,-1],[-1,-1,-1]] in float32,
  then cv2.filter2D(img, -1, kernel) (a correlation, BORDER_REFLECT_101), clipped to the dtype range.
- Emboss: kernel = (1 - alpha) * I + alpha * [[-1-s,-s,0],[-s,1,s],[0,s,1+s]] in float32, then the same filter2D.
- UnsharpMask: in float32 on x/255: r = x - GaussianBlur(x, (k,k), sigma); sharp = clip(x + alpha r, 0, 1);
  w = GaussianBlur(float(|r| * 255 > threshold)); out = clip(sharp * w + x * (1 - w)); bytes = rint(out * 255).
- Downscale: cv2.resize(img, None, fx=s, fy=s, interpolation=down), then cv2.resize back to (w, h), interpolation=up.
- Illumination (fixed draws, handed to our transform as its parameters): linear: x/255 times a gradient (linspace
  coordinates, x cos a + y sin a, min-max normalized on the diagonals), reversed when darkening, scaled to
  1-|i|..1+|i|, bytes rint(* 255); corner: img * (1 - i * cv2.distanceTransform(precise) / diagonal); gaussian:
  img * (1 + i * exp(-d^2 / (2 (sigma * max(h, w))^2))); corner and gaussian bytes clipped and truncated (albucore clip).
- ChromaticAberration (fixed coefficients): red and blue each through cv2.initUndistortRectifyMap(camera matrix
  [[w, 0, w/2], [0, h, h/2], [0, 0, 1]] float32, [k1, k2, 0, 0], None, same matrix) and cv2.remap (bilinear,
  BORDER_REPLICATE); green kept.
- RingingOvershoot: kernel(x, y) = cutoff * J1(cutoff r) / (2 pi r), centre cutoff^2 / (4 pi), normalized, then filter2D.

Inputs are crops of samples/images (committed). Run from the repository root:
    /usr/bin/python3 tools/make_albumentations_pixel_b_fixtures.py
Re-running rewrites the fixtures byte for byte.
"""
import json
import os

import cv2
import numpy as np
import scipy
from PIL import Image
from scipy import special

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "SharpAugment.Tests", "Fixtures", "albumentations_pixel_b")
ALBUMENTATIONS = "2.0.8"

CROPS = [
    ("chelsea_61x43", "chelsea.png", 150, 40, 61, 43),
    ("camera_37x29", "camera.png", 200, 60, 37, 29),
]

INTERP = {"nearest": cv2.INTER_NEAREST, "bilinear": cv2.INTER_LINEAR, "bicubic": cv2.INTER_CUBIC, "area": cv2.INTER_AREA}


def identity_blend(alpha, effect):
    nochange = np.zeros((3, 3), np.float32)
    nochange[1, 1] = 1
    return (np.float32(1 - alpha) * nochange + np.float32(alpha) * np.array(effect, np.float32)).astype(np.float32)


def correlate(img, kernel):
    out = cv2.filter2D(img, -1, kernel)
    return np.clip(out, 0, 255).astype(img.dtype)


def sharpen(img, alpha, lightness):
    return correlate(img, identity_blend(alpha, [[-1, -1, -1], [-1, 8 + lightness, -1], [-1, -1, -1]]))


def emboss(img, alpha, strength):
    s = strength
    return correlate(img, identity_blend(alpha, [[-1 - s, -s, 0], [-s, 1, s], [0, s, 1 + s]]))


def unsharp_mask(img, ksize, sigma, alpha, threshold):
    x = img.astype(np.float32) / 255.0
    blur = cv2.GaussianBlur(x, (ksize, ksize), sigmaX=sigma)
    r = x - blur
    mask = (np.abs(r) * 255 > threshold).astype(np.float32)
    sharp = np.clip(x + np.float32(alpha) * r, 0, 1)
    w = cv2.GaussianBlur(mask, (ksize, ksize), sigmaX=sigma)
    out = np.clip(sharp * w + x * (1 - w), 0, 1)
    return np.clip(np.rint(out * 255), 0, 255).astype(np.uint8)


def downscale(img, scale, down, up):
    h, w = img.shape[:2]
    small = cv2.resize(img, None, fx=scale, fy=scale, interpolation=INTERP[down])
    return cv2.resize(small, (w, h), interpolation=INTERP[up])


def ringing_kernel(ksize, cutoff):
    c = (ksize - 1) / 2
    y, x = np.mgrid[0:ksize, 0:ksize].astype(np.float64)
    r = np.sqrt((x - c) ** 2 + (y - c) ** 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        k = cutoff * special.j1(cutoff * r) / (2 * np.pi * r)
    k[int(c), int(c)] = cutoff ** 2 / (4 * np.pi)
    return (k / k.sum()).astype(np.float32)


def ringing(img, ksize, cutoff):
    return correlate(img, ringing_kernel(ksize, cutoff))


def linspace32(n):
    return np.linspace(0, 1, n, dtype=np.float32)


def gradient(h, w, angle):
    x = linspace32(w)[None, :]
    y = linspace32(h)[:, None]
    ones = np.ones((h, w), np.float32)
    fixed = {0: x * ones, 180: (1 - x) * ones, 90: y * ones, 270: (1 - y) * ones}
    if angle in fixed:
        return fixed[angle].astype(np.float32)
    if angle in (45, 135, 225, 315):
        s = {45: x + y, 135: (1 - x) + y, 225: (1 - x) + (1 - y), 315: x + (1 - y)}[angle]
        return cv2.normalize(s, None, 0, 1, cv2.NORM_MINMAX, dtype=cv2.CV_32F)
    a = np.deg2rad(angle)
    return (cv2.multiply(x, np.cos(a)) + cv2.multiply(y, np.sin(a))).astype(np.float32)


def per_channel(img, pattern):
    return pattern[..., None] if img.ndim == 3 else pattern


def illumination_linear(img, intensity, angle):
    h, w = img.shape[:2]
    g = gradient(h, w, angle)
    if intensity < 0:
        g = (1 - g).astype(np.float32)
    g = (g * np.float32(2 * abs(intensity)) + np.float32(1 - abs(intensity))).astype(np.float32)
    out = (img.astype(np.float32) / 255.0) * per_channel(img, g)
    return np.clip(np.rint(out * 255), 0, 255).astype(np.uint8)


def illumination_corner(img, intensity, corner):
    h, w = img.shape[:2]
    mask = np.full((h, w), 255, np.uint8)
    mask[[(0, 0), (0, w - 1), (h - 1, w - 1), (h - 1, 0)][corner]] = 0
    d = cv2.distanceTransform(mask, cv2.DIST_L2, cv2.DIST_MASK_PRECISE, dstType=cv2.CV_32F)
    pattern = cv2.add(cv2.multiply(d, -intensity / np.sqrt(h * h + w * w)), 1)
    return np.clip(img.astype(np.float32) * per_channel(img, pattern), 0, 255).astype(np.uint8)


def illumination_gaussian(img, intensity, cx, cy, sigma):
    h, w = img.shape[:2]
    y, x = np.ogrid[:h, :w]
    x = x.astype(np.float32) - np.float32(w * cx)
    y = y.astype(np.float32) - np.float32(h * cy)
    d2 = x * x + y * y
    pattern = np.exp(d2 * np.float32(-1 / (2 * (max(h, w) * sigma) ** 2))) * np.float32(intensity) + 1
    return np.clip(img.astype(np.float32) * per_channel(img, pattern.astype(np.float32)), 0, 255).astype(np.uint8)


def chromatic_aberration(img, pr, sr, pb, sb):
    h, w = img.shape[:2]
    cam = np.eye(3, dtype=np.float32)
    cam[0, 0], cam[1, 1], cam[0, 2], cam[1, 2] = w, h, w / 2.0, h / 2.0

    def distort(channel, k1, k2):
        mx, my = cv2.initUndistortRectifyMap(cam, np.array([k1, k2, 0, 0], np.float32), None, cam, (w, h), cv2.CV_32FC1)
        return cv2.remap(channel, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)

    return np.dstack([distort(img[..., 0], pr, sr), img[..., 1], distort(img[..., 2], pb, sb)])


# (pipeline in our syntax, function of the image[, fixed parameters handed to our transform])
CASES = [
    ("sharpen(p=1, alpha=0.5, lightness=1)", lambda im: sharpen(im, 0.5, 1.0)),
    ("sharpen(p=1, alpha=0.2, lightness=0.5)", lambda im: sharpen(im, 0.2, 0.5)),
    ("sharpen(p=1, alpha=1, lightness=0.7)", lambda im: sharpen(im, 1.0, 0.7)),
    ("emboss(p=1, alpha=0.5, strength=0.7)", lambda im: emboss(im, 0.5, 0.7)),
    ("emboss(p=1, alpha=0.3, strength=0.2)", lambda im: emboss(im, 0.3, 0.2)),
    ("emboss(p=1, alpha=1, strength=1.5)", lambda im: emboss(im, 1.0, 1.5)),
    ("unsharp_mask(p=1, blur_limit=3, sigma_limit=0, alpha=0.5, threshold=10)", lambda im: unsharp_mask(im, 3, 0.0, 0.5, 10)),
    ("unsharp_mask(p=1, blur_limit=5, sigma_limit=0, alpha=1, threshold=0)", lambda im: unsharp_mask(im, 5, 0.0, 1.0, 0)),
    ("unsharp_mask(p=1, blur_limit=7, sigma_limit=0, alpha=0.3, threshold=20)", lambda im: unsharp_mask(im, 7, 0.0, 0.3, 20)),
    ("unsharp_mask(p=1, blur_limit=9, sigma_limit=2, alpha=0.8, threshold=5)", lambda im: unsharp_mask(im, 9, 2.0, 0.8, 5)),
    ("downscale(p=1, scale_range=0.25)", lambda im: downscale(im, 0.25, "nearest", "nearest")),
    ("downscale(p=1, scale_range=0.5)", lambda im: downscale(im, 0.5, "nearest", "nearest")),
    ("downscale(p=1, scale_range=0.37)", lambda im: downscale(im, 0.37, "nearest", "nearest")),
    ("downscale(p=1, scale_range=0.7)", lambda im: downscale(im, 0.7, "nearest", "nearest")),
    ("downscale(p=1, scale_range=0.5, interpolation_pair=[nearest, bilinear])", lambda im: downscale(im, 0.5, "nearest", "bilinear")),
    ("downscale(p=1, scale_range=0.4, interpolation_pair=[nearest, bicubic])", lambda im: downscale(im, 0.4, "nearest", "bicubic")),
    ("ringing_overshoot(p=1, blur_limit=7, cutoff=1)", lambda im: ringing(im, 7, 1.0)),
    ("ringing_overshoot(p=1, blur_limit=15, cutoff=0.8)", lambda im: ringing(im, 15, 0.8)),
    ("illumination(p=1, mode=linear)", lambda im: illumination_linear(im, 0.15, 30.0), [0.15, 30.0, 0, 0, 0, 0]),
    ("illumination(p=1, mode=linear)", lambda im: illumination_linear(im, -0.2, 45.0), [-0.2, 45.0, 0, 0, 0, 0]),
    ("illumination(p=1, mode=linear)", lambda im: illumination_linear(im, 0.1, 180.0), [0.1, 180.0, 0, 0, 0, 0]),
    ("illumination(p=1, mode=corner)", lambda im: illumination_corner(im, 0.2, 1), [0.2, 0, 1, 0, 0, 0]),
    ("illumination(p=1, mode=corner)", lambda im: illumination_corner(im, -0.15, 3), [-0.15, 0, 3, 0, 0, 0]),
    ("illumination(p=1, mode=gaussian)", lambda im: illumination_gaussian(im, 0.2, 0.3, 0.6, 0.4), [0.2, 0, 0, 0.3, 0.6, 0.4]),
    ("illumination(p=1, mode=gaussian)", lambda im: illumination_gaussian(im, -0.18, 0.8, 0.2, 0.25), [-0.18, 0, 0, 0.8, 0.2, 0.25]),
    ("chromatic_aberration(p=1)", lambda im: chromatic_aberration(im, 0.05, 0.1, 0.04, 0.08) if im.ndim == 3 else im, [0.05, 0.1, 0.04, 0.08]),
    ("chromatic_aberration(p=1)", lambda im: chromatic_aberration(im, -0.3, -0.2, 0.25, 0.3) if im.ndim == 3 else im, [-0.3, -0.2, 0.25, 0.3]),
]


def slug(text):
    return "".join(ch if ch.isalnum() else "_" for ch in text).strip("_")[:80]


def main():
    os.makedirs(OUT, exist_ok=True)
    inputs = []
    for stem, source, left, top, width, height in CROPS:
        img = np.array(Image.open(os.path.join(ROOT, "samples", "images", source)))
        crop = img[top:top + height, left:left + width]
        if crop.ndim == 3:
            crop = crop[..., :3]
        name = f"input_{stem}.png"
        Image.fromarray(np.ascontiguousarray(crop)).save(os.path.join(OUT, name))
        inputs.append((stem, name, np.ascontiguousarray(crop)))

    cases = []
    for index, (pipeline, fn, *fixed) in enumerate(CASES):
        for stem, name, img in inputs:
            out = fn(img)
            expected = f"{index:02d}_{slug(pipeline)}__{stem}.png"
            Image.fromarray(out).save(os.path.join(OUT, expected))
            case = {"pipeline": pipeline, "input": name, "expected": expected}
            if fixed:
                case["params"] = fixed[0]
            cases.append(case)

    manifest = {
        "generator": "tools/make_albumentations_pixel_b_fixtures.py",
        "follows": f"albumentations {ALBUMENTATIONS} (augmentations/pixel), reproduced on OpenCV and NumPy",
        "versions": {"opencv": cv2.__version__, "numpy": np.__version__, "scipy": scipy.__version__,
                     "pillow": Image.__version__},
        "cases": cases,
    }
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
