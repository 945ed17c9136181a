#!/usr/bin/python3
"""The torchvision 0.14 side of bench/PhotometricBench: the same ops on the same image, uint8 CHW tensors, 1 thread.

Usage: /usr/bin/python3 bench/PhotometricBench/torchvision_peer.py [image] [seconds-per-row]
"""
import sys
import time

import numpy as np
import torch
import torchvision.transforms as T
import torchvision.transforms.functional as F
from PIL import Image

torch.set_num_threads(1)
path = sys.argv[1] if len(sys.argv) > 1 else "samples/images/chelsea.png"
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
a = np.array(Image.open(path).convert("RGB"))
t = torch.from_numpy(a).permute(2, 0, 1).contiguous()
f = t.float() / 255
ops = [
    ("brightness(factor=1.3)", lambda x: F.adjust_brightness(x, 1.3)),
    ("contrast(factor=1.5)", lambda x: F.adjust_contrast(x, 1.5)),
    ("saturation(factor=1.8)", lambda x: F.adjust_saturation(x, 1.8)),
    ("hue(factor=0.1)", lambda x: F.adjust_hue(x, 0.1)),
    ("color_jitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.5)", T.ColorJitter(0.5, 0.5, 0.5, 0.5)),
    ("gamma(gamma=0.7)", lambda x: F.adjust_gamma(x, 0.7)),
    ("grayscale", lambda x: F.rgb_to_grayscale(x, 3)),
    ("invert", F.invert),
    ("posterize(bits=4)", lambda x: F.posterize(x, 4)),
    ("solarize(threshold=128)", lambda x: F.solarize(x, 128)),
    ("equalize", F.equalize),
    ("autocontrast", F.autocontrast),
    ("sharpness(factor=2)", lambda x: F.adjust_sharpness(x, 2.0)),
    ("gaussian_blur(kernel_size=5, sigma=2)", lambda x: F.gaussian_blur(x, [5, 5], [2.0, 2.0])),
    ("normalize", lambda x: F.normalize(x.float() / 255, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225])),
    ("random_erasing(p=1, scale=0.02..0.33)", T.RandomErasing(p=1.0)),
]


def rate(fn, x):
    for _ in range(20):
        fn(x)
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn(x)
        n += 1
    return n / (time.perf_counter() - start)


print(f"{path}: {a.shape[1]}x{a.shape[0]}x3, {seconds} s per row, torch {torch.__version__}, 1 thread")
print(f"{'pipeline':<70} {'uint8 img/s':>12} {'float img/s':>12}")
for name, fn in ops:
    try:
        rf = f"{rate(fn, f):12.0f}"
    except (TypeError, RuntimeError):
        rf = f"{'-':>12}"
    print(f"{name:<70} {rate(fn, t):12.0f} {rf}")
