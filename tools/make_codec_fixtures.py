"""Regenerates tests/SharpAugment.Imaging.Skia.Tests/Fixtures/codecs: tiny files in every input format the codec reads.

Run: /usr/bin/python3 tools/make_codec_fixtures.py
Pattern: pixel (x, y) of the 8-bit fixtures is (32*x, 32*y, 200) on an 8x4 canvas, so tests can recompute it.
"""
import os
import numpy as np
import cv2
from PIL import Image

out = os.path.join(os.path.dirname(__file__), "..", "tests", "SharpAugment.Imaging.Skia.Tests", "Fixtures", "codecs")
os.makedirs(out, exist_ok=True)

w, h = 8, 4
rgb = np.zeros((h, w, 3), np.uint8)
for y in range(h):
    for x in range(w):
        rgb[y, x] = (32 * x, 32 * y, 200)

Image.fromarray(rgb).save(os.path.join(out, "pattern.bmp"))
# GIF: first frame is a 4-colour image (exact in a palette), second frame differs; readers must return the first.
quad = np.zeros((h, w, 3), np.uint8)
quad[:, :4] = (255, 0, 0)
quad[:, 4:] = (0, 0, 255)
second = np.zeros((h, w, 3), np.uint8)
second[:] = (0, 255, 0)
Image.fromarray(quad).save(os.path.join(out, "two_frames.gif"), save_all=True,
                           append_images=[Image.fromarray(second)], duration=100, loop=0)
# 16-bit gray: value (x, y) = 8000 * x + 1000 * y + 7 (not a multiple of 257, so 8-bit loses precision).
g16 = np.zeros((h, w), np.uint16)
for y in range(h):
    for x in range(w):
        g16[y, x] = 8000 * x + 1000 * y + 7
cv2.imwrite(os.path.join(out, "gray16.png"), g16)
# 16-bit RGB (cv2 writes BGR order; we store RGB semantics): R = 8000*x+7, G = 1000*y+7, B = 65535.
c16 = np.zeros((h, w, 3), np.uint16)
for y in range(h):
    for x in range(w):
        c16[y, x] = (8000 * x + 7, 1000 * y + 7, 65535)
cv2.imwrite(os.path.join(out, "rgb16.png"), c16[:, :, ::-1])
# EXIF orientation 6 (rotate 90 CW to display): stored 8x4 pattern, displayed 4x8.
img = Image.fromarray(rgb)
exif = img.getexif()
exif[0x0112] = 6
img.save(os.path.join(out, "exif6.jpg"), quality=100, exif=exif)
print("written to", os.path.abspath(out))
