"""Seconds PIL takes to decode (open + convert RGB) the benchmark's JPEG files EPOCHS times, the decode share of the
torchvision side, to compare with the "decode" stage of SharpAugment.E2E's stages mode. Prints one JSON line.

Usage: /usr/bin/python3 bench/e2e/pil_decode.py JPEG_DIR [epochs=4]
"""
import glob
import json
import os
import sys
import time

from PIL import Image


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: pil_decode.py JPEG_DIR [epochs=4]")
    files = sorted(glob.glob(os.path.join(sys.argv[1], "*.jpg")))
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    if not files:
        sys.exit(f"pil_decode.py: no *.jpg files in {sys.argv[1]}")
    for f in files:  # warm-up pass (page cache, imports)
        with Image.open(f) as img:
            img.convert("RGB")
    start = time.perf_counter()
    for _ in range(epochs):
        for f in files:
            with Image.open(f) as img:
                img.convert("RGB")
    print(json.dumps({"side": "pil_decode", "images": len(files) * epochs,
                      "decode_seconds": round(time.perf_counter() - start, 3)}))


if __name__ == "__main__":
    main()
