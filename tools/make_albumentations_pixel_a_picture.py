#!/usr/bin/python3
"""Draws docs/images/albumentations_pixel_a.png: each issue-18 blur and colour transform on a crop of chelsea, run by
the built command line (dotnet build src/SharpAugment.Cli -c Release first). Run from anywhere:
    /usr/bin/python3 tools/make_albumentations_pixel_a_picture.py
"""
import os
import subprocess
import tempfile

from PIL import Image, ImageDraw

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TMP = tempfile.mkdtemp(prefix="pixel_a_")
cli = ["dotnet", os.path.join(ROOT, "src/SharpAugment.Cli/bin/Release/net10.0/SharpAugment.Cli.dll")]
src = os.path.join(ROOT, "samples/images/chelsea.png")
ops = [("original", None),
       ("blur", "blur(blur_limit=9, p=1)"), ("median_blur", "median_blur(blur_limit=9, p=1)"),
       ("motion_blur", "motion_blur(blur_limit=15, angle_range=30, direction_range=0, allow_shifted=false, p=1)"),
       ("defocus", "defocus(radius=6, alias_blur=0.3, p=1)"), ("zoom_blur", "zoom_blur(max_factor=1.2, step_factor=0.02, p=1)"),
       ("glass_blur", "glass_blur(sigma=0.8, max_delta=3, p=1)"), ("advanced_blur", "advanced_blur(blur_limit=11, sigma_x_limit=3, sigma_y_limit=0.5, rotate_limit=30, p=1)"),
       ("clahe", "clahe(clip_limit=4, p=1)"), ("random_brightness_contrast", "random_brightness_contrast(brightness_limit=0.15, contrast_limit=0.3, p=1)"),
       ("hue_saturation_value", "hue_saturation_value(hue_shift_limit=40, sat_shift_limit=30, val_shift_limit=0, p=1)"),
       ("rgb_shift", "rgb_shift(r_shift_limit=-40, g_shift_limit=10, b_shift_limit=50, p=1)"), ("to_sepia", "to_sepia(p=1)"),
       ("random_gamma", "random_gamma(gamma_limit=60, p=1)"), ("channel_dropout", "channel_dropout(p=1)"),
       ("fancy_pca", "fancy_pca(alpha=1.5, p=1)"), ("planckian_jitter", "planckian_jitter(temperature_limit=3000..6000, p=1)"),
       ("random_tone_curve", "random_tone_curve(scale=0.3, p=1)")]
tiles = []
for name, pipe in ops:
    out = os.path.join(TMP, f"{name}.png")
    if pipe is None:
        Image.open(src).convert("RGB").save(out)
    else:
        subprocess.run(cli + ["apply", src, out, "--pipeline", pipe, "--seed", "3"], check=True)
    im = Image.open(out).convert("RGB")
    im = im.crop((100, 20, 340, 220)).resize((180, 150))
    tiles.append((name, im))
cols = 6
rows = (len(tiles) + cols - 1) // cols
sheet = Image.new("RGB", (cols * 184, rows * 168), "white")
d = ImageDraw.Draw(sheet)
for i, (name, im) in enumerate(tiles):
    x, y = (i % cols) * 184 + 2, (i // cols) * 168 + 2
    sheet.paste(im, (x, y))
    d.text((x + 2, y + 152), name, fill="black")
sheet.save(os.path.join(ROOT, "docs/images/albumentations_pixel_a.png"), optimize=True)
print("ok", sheet.size)
