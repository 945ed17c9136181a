"""Writes N JPEG files (quality 90, about 500x375) made from crops and flips of samples/images/*, so the SharpAugment
and torchvision sides of the end-to-end benchmark decode exactly the same bytes.

Usage: /usr/bin/python3 bench/e2e/make_jpegs.py OUT_DIR [N]
The output folder must be outside the repository (e.g. /tmp/e2e_jpegs); existing files there are replaced.
"""
import glob
import os
import random
import sys

from PIL import Image, ImageOps

WIDTH, HEIGHT = 500, 375


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: make_jpegs.py OUT_DIR [N]")
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 256
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    if os.path.abspath(out).startswith(repo + os.sep):
        sys.exit(f"make_jpegs.py: OUT_DIR {out} is inside the repository; give a folder outside it, e.g. /tmp/e2e_jpegs")
    sources = sorted(glob.glob(os.path.join(repo, "samples", "images", "*.png")) +
                     glob.glob(os.path.join(repo, "samples", "images", "*.jpg")))
    if not sources:
        sys.exit("make_jpegs.py: no samples/images/*.png or *.jpg found")
    images = [Image.open(p).convert("RGB") for p in sources]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(1234)  # fixed seed: the same files on every run
    for i in range(n):
        img = images[i % len(images)]
        w, h = img.size
        # A random crop covering 50-100% of each side, resized to 500x375, sometimes flipped or mirrored.
        cw = rng.randint(max(1, w // 2), w)
        ch = rng.randint(max(1, h // 2), h)
        x = rng.randint(0, w - cw)
        y = rng.randint(0, h - ch)
        tile = img.crop((x, y, x + cw, y + ch)).resize((WIDTH, HEIGHT), Image.BILINEAR)
        if rng.random() < 0.5:
            tile = ImageOps.mirror(tile)
        if rng.random() < 0.25:
            tile = ImageOps.flip(tile)
        tile.save(os.path.join(out, f"img_{i:05d}.jpg"), quality=90)
    print(f"wrote {n} JPEGs ({WIDTH}x{HEIGHT}, quality 90) from {len(sources)} sources to {out}")


if __name__ == "__main__":
    main()
