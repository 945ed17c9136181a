#!/usr/bin/python3
"""Checks the float32 recipe in tools/README.md ("Geometry is reproduced bit for bit") against torchvision 0.14.

    /usr/bin/python3 tools/verify_geometry_recipe.py

Emulates torchvision's tensor-path affine/rotate (affine grid + grid_sample, NEAREST and BILINEAR) in numpy
float32 with the stated operation order and fused multiply-adds, then compares with torchvision's own output for
every geometric policy op, bin and sign on three photographs, and with the issue-2 rotate/affine fixtures. It
also runs the same recipe in double to show why float32 matters. Prints counts; exits 1 on any float32 mismatch.
Writes nothing.
"""

import math
import os
import sys

import numpy as np
import torch
import torchvision.transforms.autoaugment as A
import torchvision.transforms.functional as F
from PIL import Image
from torchvision.transforms import InterpolationMode

sys.path.insert(0, os.path.dirname(__file__))
from make_torchvision_fixtures import OUT as ISSUE2_DIR, make_input, to_tensor  # noqa: E402

NEAREST, BILINEAR = InterpolationMode.NEAREST, InterpolationMode.BILINEAR


def fma(a, b, c, t):
    """a*b+c rounded once to t (the float32 product is exact in float64, so this is a true FMA for float32)."""
    return (np.asarray(a, np.float64) * np.asarray(b, np.float64) + np.asarray(c, np.float64)).astype(t)


def source_coordinates(h, w, matrix, t):
    th = np.array(matrix, np.float32).reshape(2, 3).astype(t)
    r = (th.T / np.array([0.5 * w, 0.5 * h], t)).astype(t)
    xs = torch.linspace(-w * 0.5 + 0.5, w * 0.5 + 0.5 - 1, steps=w).numpy().astype(t)
    ys = torch.linspace(-h * 0.5 + 0.5, h * 0.5 + 0.5 - 1, steps=h).numpy().astype(t)
    x, y = np.meshgrid(xs, ys)
    gx = ((x * r[0, 0] + y * r[1, 0]) + r[2, 0]).astype(t)
    gy = ((x * r[0, 1] + y * r[1, 1]) + r[2, 1]).astype(t)
    return fma(gx + t(1), t(w / 2), t(-0.5), t), fma(gy + t(1), t(h / 2), t(-0.5), t)


def warp(img, matrix, interpolation, t):
    """img: uint8 CHW numpy; returns uint8 CHW."""
    c, h, w = img.shape
    u, v = source_coordinates(h, w, matrix, t)
    a = img.astype(t)

    def at(yy, xx):
        ok = (xx >= 0) & (xx < w) & (yy >= 0) & (yy < h)
        out = np.zeros((c, h, w), t)
        out[:, ok] = a[:, yy[ok], xx[ok]]
        return out

    if interpolation == NEAREST:
        return at(np.rint(v).astype(np.int64), np.rint(u).astype(np.int64)).astype(np.uint8)
    x0, y0 = np.floor(u), np.floor(v)
    we, ns = u - x0, v - y0
    nw, ne, sw, se = (t(1) - ns) * (t(1) - we), (t(1) - ns) * we, ns * (t(1) - we), ns * we
    xi, yi = x0.astype(np.int64), y0.astype(np.int64)
    acc = (at(yi, xi) * nw).astype(t)
    acc = fma(at(yi, xi + 1), ne, acc, t)
    acc = fma(at(yi + 1, xi), sw, acc, t)
    acc = fma(at(yi + 1, xi + 1), se, acc, t)
    return np.rint(acc).astype(np.uint8)


def policy_matrix(op, m, w, h):
    """The inverse matrix F.affine / F.rotate build for _apply_op's geometric ops (tensor path, centred coords)."""
    inv = F._get_inverse_affine_matrix
    if op == "ShearX":
        return inv([-w * 0.5, -h * 0.5], 0.0, [0.0, 0.0], 1.0, [math.degrees(math.atan(m)), 0.0])
    if op == "ShearY":
        return inv([-w * 0.5, -h * 0.5], 0.0, [0.0, 0.0], 1.0, [0.0, math.degrees(math.atan(m))])
    if op == "TranslateX":
        return inv([0.0, 0.0], 0.0, [float(int(m)), 0.0], 1.0, [0.0, 0.0])
    if op == "TranslateY":
        return inv([0.0, 0.0], 0.0, [0.0, float(int(m))], 1.0, [0.0, 0.0])
    return inv([0.0, 0.0], -m, [0.0, 0.0], 1.0, [0.0, 0.0])  # Rotate: F.rotate passes -angle


def main():
    counts = {}

    def check(img, matrix, interpolation, expected):
        for t in (np.float32, np.float64):
            key = (interpolation.value, t.__name__)
            n = counts.setdefault(key, [0, 0])
            n[0] += 1
            n[1] += int(not np.array_equal(warp(img, matrix, interpolation, t), expected))

    for source, mode, w, h in [("rocket.jpg", "RGB", 32, 24), ("camera.png", "L", 31, 23),
                               ("rocket.jpg", "RGB", 240, 180)]:
        t = to_tensor(make_input(source, mode, w, h))
        spaces = [A.AutoAugment()._augmentation_space(10, (h, w)), A.RandAugment()._augmentation_space(31, (h, w)),
                  A.TrivialAugmentWide()._augmentation_space(31), A.AugMix()._augmentation_space(10, (h, w))]
        for space in spaces:
            for op in ("ShearX", "ShearY", "TranslateX", "TranslateY", "Rotate"):
                for value in space[op][0].tolist():
                    for m in (float(value), -float(value)):
                        for interpolation in (NEAREST, BILINEAR):
                            expected = A._apply_op(t.clone(), op, m, interpolation, None).numpy()
                            check(t.numpy(), policy_matrix(op, m, w, h), interpolation, expected)

    inv = F._get_inverse_affine_matrix
    issue2 = [("02_rotate_angle_30", inv([0.0, 0.0], -30.0, [0.0, 0.0], 1.0, [0.0, 0.0]), NEAREST),
              ("03_rotate_angle_17_5_interpolation_bilinear", inv([0.0, 0.0], 17.5, [0.0, 0.0], 1.0, [0.0, 0.0]),
               BILINEAR),
              ("04_affine_angle_15_translate_10_5_scale_1_1_shear_10_0",
               inv([0.0, 0.0], 15.0, [10.0, 5.0], 1.1, [10.0, 0.0]), NEAREST),
              ("05_affine_angle_15_translate_10_5_scale_1_1_shear_10_0_interpolation_bilinear",
               inv([0.0, 0.0], 15.0, [10.0, 5.0], 1.1, [10.0, 0.0]), BILINEAR)]
    for stem in sorted(os.listdir(os.path.join(ISSUE2_DIR, "inputs"))):
        img = to_tensor(Image.open(os.path.join(ISSUE2_DIR, "inputs", stem))).numpy()
        for folder, matrix, interpolation in issue2:
            expected = to_tensor(Image.open(os.path.join(ISSUE2_DIR, "expected", folder, stem))).numpy()
            check(img, matrix, interpolation, expected)

    for (interpolation, t), (n, bad) in sorted(counts.items()):
        print(f"{interpolation:8s} {t:7s}: {bad} of {n} cases differ from torchvision")
    return 1 if any(bad for (_, t), (_, bad) in counts.items() if t == "float32") else 0


if __name__ == "__main__":
    sys.exit(main())
