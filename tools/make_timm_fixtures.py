#!/usr/bin/python3
"""Regenerate tests/SharpAugment.Tests/Fixtures/timm/ by reproducing timm 1.0.28's auto_augment.py and mixup.py.

timm is not installable here (no PyPI), so this script carries the functions our timm transforms follow, copied from
timm v1.0.28 (tag v1.0.28 of github.com/huggingface/pytorch-image-models: timm/data/auto_augment.py and
timm/data/mixup.py), run on PIL, NumPy and torch as timm itself runs them:

- ops.json: timm's level-to-argument functions (_rotate_level_to_arg ... _solarize_add_level_to_arg) at fixed levels,
  with the random negation fixed to each sign, including levels above 10 (reachable with mmax).
- <input>_atlas.png: the PIL op (shear_x, translate_x_rel, rotate, ImageEnhance.*, ImageOps.*, solarize_add) at
  those levels, fillcolor=(124, 116, 104) and resample=BILINEAR as rand_augment's hparams give them; each case is a
  tile of the atlas (tile k is rows k*H .. k*H+H-1).
- mixup.json + mixup_batch.png: FastCollateMixup's uint8 mixing (np.rint of float32 blends, boxes pasted from the
  flipped batch) and mixup_target's smoothed, mixed labels (torch float32), with lambda and boxes fixed.

Run from the repository root: /usr/bin/python3 tools/make_timm_fixtures.py (rewrites the fixtures byte for byte).
"""
import json
import math
import os

import numpy as np
import PIL
import torch
from PIL import Image, ImageEnhance, ImageOps

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "SharpAugment.Tests", "Fixtures", "timm")
TIMM = "1.0.28"
_LEVEL_DENOM = 10.
FILL = (124, 116, 104)
RESAMPLE = Image.BILINEAR

# (stem, source, left, top, width, height): 40 wide so that TranslateXRel at levels 5 and 10 is whole pixels.
CROPS = [
    ("chelsea_40x20", "chelsea.png", 160, 60, 40, 20),
    ("camera_40x20", "camera.png", 200, 60, 40, 20),
]


# ---- timm 1.0.28 timm/data/auto_augment.py (random negation replaced by an explicit sign) ---------------------
def shear_x(img, factor):
    return img.transform(img.size, Image.AFFINE, (1, factor, 0, 0, 1, 0), resample=RESAMPLE, fillcolor=fill_for(img))


def shear_y(img, factor):
    return img.transform(img.size, Image.AFFINE, (1, 0, 0, factor, 1, 0), resample=RESAMPLE, fillcolor=fill_for(img))


def translate_x_rel(img, pct):
    pixels = pct * img.size[0]
    return img.transform(img.size, Image.AFFINE, (1, 0, pixels, 0, 1, 0), resample=RESAMPLE, fillcolor=fill_for(img))


def translate_y_rel(img, pct):
    pixels = pct * img.size[1]
    return img.transform(img.size, Image.AFFINE, (1, 0, 0, 0, 1, pixels), resample=RESAMPLE, fillcolor=fill_for(img))


def rotate(img, degrees):
    return img.rotate(degrees, resample=RESAMPLE, fillcolor=fill_for(img))


def solarize_add(img, add, thresh=128):
    lut = []
    for i in range(256):
        lut.append(min(255, i + add) if i < thresh else i)
    if img.mode == "RGB":
        lut = lut + lut + lut
    return img.point(lut)


def posterize(img, bits_to_keep):
    if bits_to_keep >= 8:
        return img
    return ImageOps.posterize(img, bits_to_keep)


OPS = {
    "AutoContrast": lambda img: ImageOps.autocontrast(img),
    "Equalize": lambda img: ImageOps.equalize(img),
    "Invert": lambda img: ImageOps.invert(img),
    "Rotate": rotate,
    "Posterize": posterize,
    "Solarize": lambda img, t: ImageOps.solarize(img, t),
    "SolarizeAdd": solarize_add,
    "Color": lambda img, f: ImageEnhance.Color(img).enhance(f),
    "Contrast": lambda img, f: ImageEnhance.Contrast(img).enhance(f),
    "Brightness": lambda img, f: ImageEnhance.Brightness(img).enhance(f),
    "Sharpness": lambda img, f: ImageEnhance.Sharpness(img).enhance(f),
    "ShearX": shear_x,
    "ShearY": shear_y,
    "TranslateXRel": translate_x_rel,
    "TranslateYRel": translate_y_rel,
}


def negate(v, sign):
    return -v if sign < 0 else v


def level_to_arg(name, variant, level, sign):
    """timm's LEVEL_TO_ARG for op `name` (variant: plain, increasing or original), with _randomly_negate fixed to sign."""
    if name in ("AutoContrast", "Equalize", "Invert"):
        return None
    if name == "Rotate":
        return negate((level / _LEVEL_DENOM) * 30., sign)
    if name in ("ShearX", "ShearY"):
        return negate((level / _LEVEL_DENOM) * 0.3, sign)
    if name in ("TranslateXRel", "TranslateYRel"):
        return negate((level / _LEVEL_DENOM) * 0.45, sign)
    if name in ("Color", "Contrast", "Brightness", "Sharpness"):
        if variant == "increasing":
            return max(0.1, 1.0 + negate((level / _LEVEL_DENOM) * .9, sign))
        return (level / _LEVEL_DENOM) * 1.8 + 0.1
    if name == "Posterize":
        bits = int((level / _LEVEL_DENOM) * 4)
        return {"plain": bits, "increasing": 4 - bits, "original": bits + 4}[variant]
    if name == "Solarize":
        t = min(256, int((level / _LEVEL_DENOM) * 256))
        return 256 - t if variant == "increasing" else t
    if name == "SolarizeAdd":
        return min(128, int((level / _LEVEL_DENOM) * 110))
    raise ValueError(name)


SIGNED = {"Rotate", "ShearX", "ShearY", "TranslateXRel", "TranslateYRel"}
ENHANCE = {"Color", "Contrast", "Brightness", "Sharpness"}
IMAGE_LEVELS = [0, 2, 5, 8, 10]
ARG_LEVELS = [0, 0.5, 2.3, 5, 6.5, 9.1, 10, 12, 15]


def variants(name):
    if name in ENHANCE or name == "Solarize":
        return ["plain", "increasing"]
    if name == "Posterize":
        return ["plain", "increasing", "original"]
    return ["plain"]


def signs(name, variant):
    return [1, -1] if name in SIGNED or (name in ENHANCE and variant == "increasing") else [1]


# ---- timm 1.0.28 timm/data/mixup.py -------------------------------------------------------------------------------
def one_hot(x, num_classes, on_value=1., off_value=0.):
    x = x.long().view(-1, 1)
    return torch.full((x.size()[0], num_classes), off_value, device=x.device).scatter_(1, x, on_value)


def mixup_target(target, num_classes, lam=1., smoothing=0.0):
    off_value = smoothing / num_classes
    on_value = 1. - smoothing + off_value
    y1 = one_hot(target, num_classes, on_value=on_value, off_value=off_value)
    y2 = one_hot(target.flip(0), num_classes, on_value=on_value, off_value=off_value)
    return y1 * lam + y2 * (1. - lam)


def box_lam(shape_hw, box):
    yl, yu, xl, xu = box
    return 1. - (yu - yl) * (xu - xl) / float(shape_hw[0] * shape_hw[1])


def mix_batch_collate(batch, lam, box):
    """FastCollateMixup._mix_batch_collate with lam (and the cutmix box, already lambda-corrected) fixed."""
    out = []
    n = len(batch)
    for i in range(n):
        j = n - i - 1
        mixed = batch[i]
        if lam != 1.:
            if box is not None:
                yl, yh, xl, xh = box
                mixed = mixed.copy()
                mixed[:, yl:yh, xl:xh] = batch[j][:, yl:yh, xl:xh]
            else:
                mixed = mixed.astype(np.float32) * lam + batch[j].astype(np.float32) * (1 - lam)
                np.rint(mixed, out=mixed)
        out.append(mixed.astype(np.uint8))
    return out


def mix_elem_collate(batch, lams, boxes, half_pairs):
    """FastCollateMixup._mix_elem_collate (elem) or _mix_pair_collate (pair) with per-element float32 lambdas fixed."""
    n = len(batch)
    out = [b.copy() for b in batch]
    lam_batch = np.array(lams, dtype=np.float32)
    count = n // 2 if half_pairs else n
    for i in range(count):
        j = n - i - 1
        lam = lam_batch[i]
        if lam != 1.:
            if boxes[i] is not None:
                yl, yh, xl, xh = boxes[i]
                lam_batch[i] = box_lam(batch[i].shape[1:], boxes[i])
                out[i][:, yl:yh, xl:xh] = batch[j][:, yl:yh, xl:xh]
                if half_pairs:
                    out[j][:, yl:yh, xl:xh] = batch[i][:, yl:yh, xl:xh]
            else:
                mi = batch[i].astype(np.float32) * lam + batch[j].astype(np.float32) * (1 - lam)
                np.rint(mi, out=mi)
                out[i] = mi.astype(np.uint8)
                if half_pairs:
                    mj = batch[j].astype(np.float32) * lam + batch[i].astype(np.float32) * (1 - lam)
                    np.rint(mj, out=mj)
                    out[j] = mj.astype(np.uint8)
    if half_pairs:
        lam_batch = np.concatenate((lam_batch[:count], lam_batch[:count][::-1]))
    return out, torch.tensor(lam_batch, dtype=torch.float32).unsqueeze(1)


def draws_of(lam_t, boxes):
    """Our TimmMix draws: the float32 lambda timm used for the labels and the box as [x1, y1, x2, y2]."""
    draws = []
    for k, box in enumerate(boxes):
        d = {"lambda": float(lam_t[k, 0])}
        if box is not None:
            yl, yh, xl, xh = box
            d["box"] = [xl, yl, xh, yh]
        draws.append(d)
    return draws


def fill_for(img):
    return FILL if img.mode == "RGB" else FILL[0]


def load_crop(source, left, top, width, height):
    img = Image.open(os.path.join(ROOT, "samples", "images", source))
    img = img.convert("L") if img.mode in ("L", "I;16", "I") else img.convert("RGB")
    return img.crop((left, top, left + width, top + height))


def main():
    os.makedirs(OUT, exist_ok=True)
    arg_cases = []
    for name in OPS:
        for variant in variants(name):
            for sign in signs(name, variant):
                for level in ARG_LEVELS:
                    arg_cases.append({"op": name, "variant": variant, "sign": sign, "level": level,
                                      "argument": level_to_arg(name, variant, level, sign)})

    inputs = []
    for stem, source, left, top, width, height in CROPS:
        img = load_crop(source, left, top, width, height)
        img.save(os.path.join(OUT, f"{stem}.png"), optimize=False)
        tiles, cases = [], []
        for name, fn in OPS.items():
            for variant in variants(name):
                for sign in signs(name, variant):
                    for level in (IMAGE_LEVELS if level_to_arg(name, variant, 10, sign) is not None else [0]):
                        arg = level_to_arg(name, variant, level, sign)
                        out = fn(img) if arg is None else fn(img, arg)
                        cases.append({"op": name, "variant": variant, "sign": sign, "level": level, "argument": arg,
                                      "tile": len(tiles)})
                        tiles.append(np.array(out))
        atlas = np.concatenate(tiles, axis=0)
        Image.fromarray(atlas).save(os.path.join(OUT, f"{stem}_atlas.png"), optimize=False)
        inputs.append({"file": f"{stem}.png", "atlas": f"{stem}_atlas.png", "source": f"samples/images/{source}",
                       "crop": [left, top, width, height], "channels": 1 if img.mode == "L" else 3, "cases": cases})

    # Mixup / CutMix on a fixed uint8 batch of four 16x12 RGB crops, five classes, label smoothing 0.1.
    base = np.array(load_crop("chelsea.png", 100, 40, 64, 12))
    batch = [np.ascontiguousarray(base[:, 16 * k:16 * k + 16].transpose(2, 0, 1)) for k in range(4)]
    targets = [0, 3, 1, 4]
    classes, smoothing = 5, 0.1
    mix_cases = []
    outputs = []

    def add_case(mode, images, lam_for_target, draws):
        target = mixup_target(torch.tensor(targets, dtype=torch.int64), classes, lam_for_target, smoothing)
        mix_cases.append({"mode": mode, "draws": draws, "first_tile": len(outputs),
                          "labels": [float(v) for v in target.flatten().tolist()]})
        outputs.extend(images)

    lam = 0.37
    add_case("batch", mix_batch_collate(batch, lam, None), lam, [{"lambda": lam}])
    box = (2, 10, 3, 12)  # yl, yh, xl, xh
    lam_box = box_lam((12, 16), box)
    add_case("batch", mix_batch_collate(batch, lam_box, box), lam_box, [{"lambda": lam_box, "box": [box[2], box[0], box[3], box[1]]}])
    elem_lams = [0.2, 1.0, 0.65, 0.9]
    elem_boxes = [None, None, (0, 5, 9, 16), None]
    imgs, lam_t = mix_elem_collate(batch, elem_lams, elem_boxes, False)
    add_case("elem", imgs, lam_t, draws_of(lam_t, elem_boxes))
    pair_lams = [0.55, 0.3]
    pair_boxes = [None, (4, 12, 0, 7)]
    imgs, lam_t = mix_elem_collate(batch, pair_lams, pair_boxes, True)
    add_case("pair", imgs, lam_t, draws_of(lam_t, pair_boxes))

    Image.fromarray(np.concatenate([b.transpose(1, 2, 0) for b in batch], axis=0)).save(os.path.join(OUT, "mixup_inputs.png"), optimize=False)
    Image.fromarray(np.concatenate([o.transpose(1, 2, 0) for o in outputs], axis=0)).save(os.path.join(OUT, "mixup_outputs.png"), optimize=False)

    manifest = {
        "generator": "tools/make_timm_fixtures.py",
        "timm_followed": TIMM,
        "timm_source": "github.com/huggingface/pytorch-image-models tag v" + TIMM + ": timm/data/auto_augment.py, timm/data/mixup.py",
        "pillow": PIL.__version__, "numpy": np.__version__, "torch": torch.__version__,
        "fill": list(FILL), "resample": "PIL.Image.BILINEAR",
        "level_to_arg": arg_cases,
        "inputs": inputs,
        "mixup": {"inputs": "mixup_inputs.png", "outputs": "mixup_outputs.png", "width": 16, "height": 12, "count": 4,
                  "targets": targets, "num_classes": classes, "label_smoothing": smoothing,
                  "reference": "FastCollateMixup._mix_batch_collate / _mix_elem_collate / _mix_pair_collate, mixup_target",
                  "cases": mix_cases},
    }
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"{len(arg_cases)} level cases, {sum(len(i['cases']) for i in inputs)} image cases, {len(mix_cases)} mixup cases")


if __name__ == "__main__":
    main()
