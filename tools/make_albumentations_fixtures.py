#!/usr/bin/python3
"""Regenerate tests/SharpAugment.Tests/Fixtures/albumentations/ by reproducing Albumentations 2.0.8's functional code.

Albumentations is not installable here (no PyPI), so this script carries the few functions our Albumentations-only
geometric ops follow, copied from albumentations 2.0.8 (tag 2.0.8 of github.com/albumentations-team/albumentations)
and run on OpenCV and NumPy, which is what Albumentations itself calls:

- LongestMaxSize / SmallestMaxSize.apply: scale = max_size / max(h, w) (or min), size = max(1, round(side * scale)),
  fgeometric.resize = cv2.resize(img, (w, h), interpolation)            (geometric/resize.py, functional.py)
- RandomScale.apply: fgeometric.scale = cv2.resize to (int(h * scale), int(w * scale)); the draw
  `uniform(*scale_limit) + 1` is fixed by a one-value range
- PadIfNeeded: get_padding_params / get_dimension_padding / adjust_padding_by_position, then cv2.copyMakeBorder
- GridDistortion: normalize_grid_distortion_steps, generate_grid, fgeometric.remap = cv2.remap on float32 maps;
  the steps (Albumentations draws them with py_random) are fixed here and handed to our transform's parameters
- CoarseDropout: fill_holes_with_value on fixed holes [x1, y1, x2, y2]; filter_bboxes_by_holes and
  filter_keypoints_in_holes on fixed boxes and keypoints (dropout/functional.py)

Inputs are crops of samples/images (committed in this repository). Run from the repository root:
    /usr/bin/python3 tools/make_albumentations_fixtures.py
Re-running rewrites the fixtures byte for byte.
"""
import json
import math
import os

import cv2
import numpy as np
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "SharpAugment.Tests", "Fixtures", "albumentations")
ALBUMENTATIONS = "2.0.8"

# (stem, source, left, top, width, height): odd sides so that halves and divisors do not come out even.
CROPS = [
    ("chelsea_61x43", "chelsea.png", 150, 40, 61, 43),
    ("camera_37x29", "camera.png", 200, 60, 37, 29),
]

CV_INTERP = {"nearest": cv2.INTER_NEAREST, "bilinear": cv2.INTER_LINEAR, "bicubic": cv2.INTER_CUBIC, "area": cv2.INTER_AREA}
CV_BORDER = {"constant": cv2.BORDER_CONSTANT, "reflect": cv2.BORDER_REFLECT_101, "edge": cv2.BORDER_REPLICATE,
             "replicate": cv2.BORDER_REPLICATE, "symmetric": cv2.BORDER_REFLECT, "wrap": cv2.BORDER_WRAP}


# ---- albumentations 2.0.8, augmentations/geometric/functional.py ----------------------------------------------
def resize(img, target_shape, interpolation):
    if target_shape == img.shape[:2]:
        return img
    height, width = target_shape[:2]
    return cv2.resize(img, dsize=(width, height), interpolation=interpolation)


def scale(img, s, interpolation):
    height, width = img.shape[:2]
    return resize(img, (int(height * s), int(width * s)), interpolation)


def max_size_apply(img, scale_factor, interpolation):
    height, width = img.shape[:2]
    new_height, new_width = max(1, round(height * scale_factor)), max(1, round(width * scale_factor))
    return resize(img, (new_height, new_width), interpolation)


def get_dimension_padding(current_size, min_size, divisor):
    if min_size is not None:
        if current_size < min_size:
            pad_before = int((min_size - current_size) / 2.0)
            return pad_before, min_size - current_size - pad_before
    elif divisor is not None:
        remainder = current_size % divisor
        if remainder > 0:
            total_pad = divisor - remainder
            pad_before = total_pad // 2
            return pad_before, total_pad - pad_before
    return 0, 0


def adjust_padding_by_position(h_top, h_bottom, w_left, w_right, position):
    if position == "center":
        return h_top, h_bottom, w_left, w_right
    if position == "top_left":
        return 0, h_top + h_bottom, 0, w_left + w_right
    if position == "top_right":
        return 0, h_top + h_bottom, w_left + w_right, 0
    if position == "bottom_left":
        return h_top + h_bottom, 0, 0, w_left + w_right
    if position == "bottom_right":
        return h_top + h_bottom, 0, w_left + w_right, 0
    raise ValueError(position)


def pad_if_needed(img, min_height, min_width, h_div, w_div, position, border, fill):
    rows, cols = img.shape[:2]
    top, bottom = get_dimension_padding(rows, min_height, h_div)
    left, right = get_dimension_padding(cols, min_width, w_div)
    top, bottom, left, right = adjust_padding_by_position(top, bottom, left, right, position)
    value = fill if len(fill) > 1 else fill[0]
    return cv2.copyMakeBorder(img, top, bottom, left, right, borderType=border, value=value)


def normalize_grid_distortion_steps(image_shape, num_steps, x_steps, y_steps):
    height, width = image_shape[:2]
    x_step = width // num_steps
    last_x_step = min(width, ((num_steps + 1) * x_step)) - (num_steps * x_step)
    x_steps[-1] *= last_x_step / x_step
    y_step = height // num_steps
    last_y_step = min(height, ((num_steps + 1) * y_step)) - (num_steps * y_step)
    y_steps[-1] *= last_y_step / y_step
    tx = width / math.floor(width / num_steps)
    ty = height / math.floor(height / num_steps)
    x_steps = np.array(x_steps) * (tx / np.sum(x_steps))
    y_steps = np.array(y_steps) * (ty / np.sum(y_steps))
    return x_steps, y_steps


def generate_grid(image_shape, steps_x, steps_y, num_steps):
    height, width = image_shape[:2]
    x_step = width // num_steps
    xx = np.zeros(width, np.float32)
    prev = 0.0
    for idx, step in enumerate(steps_x):
        x = idx * x_step
        start = int(x)
        end = min(int(x) + x_step, width)
        cur = prev + x_step * step
        xx[start:end] = np.linspace(prev, cur, end - start)
        prev = cur
    y_step = height // num_steps
    yy = np.zeros(height, np.float32)
    prev = 0.0
    for idx, step in enumerate(steps_y):
        y = idx * y_step
        start = int(y)
        end = min(int(y) + y_step, height)
        cur = prev + y_step * step
        yy[start:end] = np.linspace(prev, cur, end - start)
        prev = cur
    return np.meshgrid(xx, yy)


def grid_distortion(img, num_steps, steps_x, steps_y, normalized, interpolation, border, fill):
    steps_x, steps_y = list(steps_x), list(steps_y)
    if normalized:
        steps_x, steps_y = normalize_grid_distortion_steps(img.shape, num_steps, steps_x, steps_y)
    map_x, map_y = generate_grid(img.shape, steps_x, steps_y, num_steps)
    map_xy = np.stack([map_x, map_y], axis=-1).astype(np.float32)
    # cv2.remap reads a scalar borderValue as (v, 0, 0, 0), so Albumentations' fill=40 fills only the first channel
    # of a colour image; our fill=[40] means every channel, so the reference gets the value once per channel.
    value = tuple(fill) if len(fill) > 1 else (fill[0],) * (img.shape[2] if img.ndim == 3 else 1)
    return cv2.remap(img, map_xy, None, interpolation=interpolation, borderMode=border, borderValue=value)


# ---- albumentations 2.0.8, augmentations/dropout/functional.py ------------------------------------------------
def fill_holes_with_value(img, holes, fill):
    img = img.copy()
    fill_array = np.array(fill if len(fill) > 1 else fill[0], dtype=img.dtype)
    for x_min, y_min, x_max, y_max in holes:
        img[y_min:y_max, x_min:x_max] = fill_array
    return img


def filter_keypoints_in_holes(keypoints, holes):
    kp = np.array(keypoints, dtype=np.float64).reshape(-1, 2)
    h = np.array(holes)
    inside = (kp[:, 0][:, None] >= h[:, 0]) & (kp[:, 0][:, None] < h[:, 2]) & (kp[:, 1][:, None] >= h[:, 1]) & (kp[:, 1][:, None] < h[:, 3])
    return kp[~np.any(inside, axis=1)]


def resize_boxes_to_visible_area(boxes, hole_mask):
    x1 = boxes[:, 0].astype(int)
    y1 = boxes[:, 1].astype(int)
    x2 = boxes[:, 2].astype(int)
    y2 = boxes[:, 3].astype(int)
    new_boxes = []
    for i, box in enumerate(boxes):
        visible = 1 - hole_mask[y1[i]:y2[i], x1[i]:x2[i]]
        if not visible.any():
            continue
        y_coords = np.nonzero(visible.any(axis=1))[0]
        x_coords = np.nonzero(visible.any(axis=0))[0]
        new_box = box.copy()
        new_box[0] = x1[i] + x_coords[0]
        new_box[1] = y1[i] + y_coords[0]
        new_box[2] = x1[i] + x_coords[-1] + 1
        new_box[3] = y1[i] + y_coords[-1] + 1
        new_boxes.append(new_box)
    return np.array(new_boxes) if new_boxes else np.zeros((0, boxes.shape[1]), dtype=boxes.dtype)


def filter_bboxes_by_holes(bboxes, holes, image_shape, min_area, min_visibility):
    bboxes = np.array(bboxes, dtype=np.float64).reshape(-1, 4)
    hole_mask = np.zeros(image_shape, dtype=np.uint8)
    for x_min, y_min, x_max, y_max in holes:
        hole_mask[y_min:y_max, x_min:x_max] = 1
    bboxes_int = bboxes.astype(int)
    box_areas = (bboxes_int[:, 2] - bboxes_int[:, 0]) * (bboxes_int[:, 3] - bboxes_int[:, 1])
    intersection = np.array([np.sum(hole_mask[y:y2, x:x2]) for x, y, x2, y2 in bboxes_int[:, :4]])
    remaining = box_areas - intersection
    visibility = remaining / box_areas
    keep = (remaining >= min_area) & (visibility >= min_visibility) & (remaining > 0)
    valid = bboxes[keep]
    if len(valid) == 0:
        return np.empty((0, 4))
    return resize_boxes_to_visible_area(valid, hole_mask)


# ---- cases ----------------------------------------------------------------------------------------------------
def max_size_case(longest, max_size, interp):
    name = "longest_max_size" if longest else "smallest_max_size"
    pipeline = f"{name}(max_size={max_size}, interpolation={interp})"

    def run(img):
        h, w = img.shape[:2]
        s = max_size / (max(h, w) if longest else min(h, w))
        return max_size_apply(img, s, CV_INTERP[interp])
    call = f"A.{'LongestMaxSize' if longest else 'SmallestMaxSize'}(max_size={max_size}, interpolation=cv2.INTER_{interp.upper()})"
    return {"op": name, "pipeline": pipeline, "albumentations": call, "run": run}


def random_scale_case(limit, interp):
    pipeline = f"random_scale(scale_limit={limit}, interpolation={interp})"
    return {"op": "random_scale", "pipeline": pipeline,
            "albumentations": f"A.RandomScale(scale_limit=({limit}, {limit}), interpolation=cv2.INTER_{interp.upper()})",
            "run": lambda img: scale(img, 1.0 + limit, CV_INTERP[interp])}


def pad_case(min_h, min_w, h_div=None, w_div=None, position="center", mode="constant", fill=(0,)):
    args = []
    args.append(f"min_height={min_h or 0}, min_width={min_w or 0}")
    if h_div:
        args.append(f"pad_height_divisor={h_div}, pad_width_divisor={w_div}")
    args.append(f"position={position}, padding_mode={mode}")
    if fill != (0,):
        args.append("fill=[" + ", ".join(str(v) for v in fill) + "]")
    pipeline = f"pad_if_needed({', '.join(args)})"
    call = (f"A.PadIfNeeded(min_height={min_h}, min_width={min_w}, pad_height_divisor={h_div}, pad_width_divisor={w_div}, "
            f"position='{position}', border_mode={mode}, fill={list(fill)})")
    return {"op": "pad_if_needed", "pipeline": pipeline, "albumentations": call,
            "run": lambda img: pad_if_needed(img, min_h, min_w, h_div, w_div, position, CV_BORDER[mode], list(fill))}


def grid_case(num_steps, xs, ys, normalized, interp, border, fill=(0,)):
    pipeline = (f"grid_distortion(num_steps={num_steps}, normalized={'true' if normalized else 'false'}, "
                f"interpolation={interp}, border_mode={border}" + (", fill=[" + ", ".join(str(v) for v in fill) + "]" if fill != (0,) else "") + ")")
    call = (f"A.GridDistortion(num_steps={num_steps}, normalized={normalized}, interpolation=cv2.INTER_{interp.upper()}, "
            f"border_mode={border}); steps_x, steps_y fixed")
    return {"op": "grid_distortion", "pipeline": pipeline, "albumentations": call, "x_steps": xs, "y_steps": ys,
            "run": lambda img: grid_distortion(img, num_steps, xs, ys, normalized, CV_INTERP[interp], CV_BORDER[border], list(fill))}


def dropout_case(holes, fill=(0,)):
    pipeline = "coarse_dropout(p=1" + (", fill=[" + ", ".join(str(v) for v in fill) + "]" if fill != (0,) else "") + ")"
    return {"op": "coarse_dropout", "pipeline": pipeline,
            "albumentations": f"fdropout.cutout(img, holes, fill={list(fill)}); holes fixed",
            "holes": holes, "run": lambda img: fill_holes_with_value(img, holes, list(fill))}


STEPS5_X = [1.2, 0.8, 1.1, 0.75, 1.3, 0.9]
STEPS5_Y = [0.85, 1.25, 0.95, 1.15, 0.7, 1.05]
STEPS3_X = [1.4, 0.7, 1.05, 0.8]
STEPS3_Y = [0.75, 1.3, 0.9, 1.2]

CASES = [
    max_size_case(True, 90, "bilinear"),
    max_size_case(True, 40, "bilinear"),
    max_size_case(True, 90, "nearest"),
    max_size_case(True, 40, "area"),
    max_size_case(True, 90, "bicubic"),
    max_size_case(False, 50, "bilinear"),
    max_size_case(False, 20, "bilinear"),
    max_size_case(False, 20, "nearest"),
    random_scale_case(0.3, "bilinear"),
    random_scale_case(-0.45, "bilinear"),
    random_scale_case(0.7, "nearest"),
    pad_case(50, 70),
    pad_case(48, 64, fill=(10, 200, 30)),
    pad_case(51, 80, mode="reflect"),
    pad_case(51, 80, mode="edge"),
    pad_case(51, 80, mode="symmetric"),
    pad_case(None, None, h_div=32, w_div=16),
    pad_case(57, 66, position="top_left"),
    pad_case(57, 66, position="top_right"),
    pad_case(57, 66, position="bottom_left"),
    pad_case(57, 66, position="bottom_right", mode="reflect"),
    grid_case(5, STEPS5_X, STEPS5_Y, True, "bilinear", "reflect"),
    grid_case(5, STEPS5_X, STEPS5_Y, True, "nearest", "reflect"),
    grid_case(3, STEPS3_X, STEPS3_Y, True, "bilinear", "constant"),
    grid_case(5, STEPS5_X, STEPS5_Y, False, "bilinear", "reflect"),
    grid_case(3, STEPS3_X, STEPS3_Y, False, "nearest", "constant", fill=(40,)),
    dropout_case([[3, 4, 13, 20], [20, 10, 35, 18], [30, 2, 36, 27]]),
    dropout_case([[0, 0, 8, 6], [25, 15, 37, 29]], fill=(255,)),
]

# Coarse dropout's box and keypoint rules, on a fixed image size and fixed holes (pixels, [x1, y1, x2, y2]).
TARGET_SHAPE = (40, 60)
TARGET_HOLES = [[10, 10, 30, 25], [40, 0, 60, 40]]
TARGET_BOXES = [[12, 12, 28, 24], [5, 5, 20, 20], [0, 30, 50, 40], [42.5, 3.2, 58.9, 17.7], [25.4, 20.6, 45.1, 35.2]]
TARGET_KEYPOINTS = [[10, 10], [30, 25], [29.99, 24.99], [9.99, 15], [50, 39.5], [5, 5], [60, 0]]
TARGET_RULES = [(0.0, 0.0), (130.0, 0.0), (0.0, 0.7)]


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
    for number, case in enumerate(CASES):
        for stem, img in inputs:
            out = case["run"](img)
            name = f"{number:02d}_{slug(case['pipeline'])}__{stem}.png"
            Image.fromarray(np.ascontiguousarray(out)).save(os.path.join(OUT, name), optimize=False)
            entry = {"op": case["op"], "pipeline": case["pipeline"], "albumentations": case["albumentations"],
                     "input": f"{stem}.png", "expected": name, "width": int(out.shape[1]), "height": int(out.shape[0]),
                     "channels": 1 if out.ndim == 2 else int(out.shape[2])}
            for key in ("x_steps", "y_steps", "holes"):
                if key in case:
                    entry[key] = case[key]
            cases.append(entry)

    targets = []
    for min_area, min_visibility in TARGET_RULES:
        boxes = filter_bboxes_by_holes(TARGET_BOXES, TARGET_HOLES, TARGET_SHAPE, min_area, min_visibility)
        targets.append({"min_area": min_area, "min_visibility": min_visibility,
                        "expected_boxes": [[float(v) for v in b] for b in boxes]})
    keypoints = filter_keypoints_in_holes(TARGET_KEYPOINTS, TARGET_HOLES)

    manifest = {
        "generator": "tools/make_albumentations_fixtures.py",
        "albumentations_followed": ALBUMENTATIONS,
        "albumentations_source": "github.com/albumentations-team/albumentations tag " + ALBUMENTATIONS
                                 + ": augmentations/geometric/{functional,resize,pad,distortion}.py, augmentations/dropout/functional.py",
        "opencv": cv2.__version__,
        "numpy": np.__version__,
        "inputs": [{"file": f"{stem}.png", "source": f"samples/images/{source}", "crop": [left, top, width, height]}
                   for stem, source, left, top, width, height in CROPS],
        "cases": cases,
        "dropout_targets": {
            "width": TARGET_SHAPE[1], "height": TARGET_SHAPE[0], "holes": TARGET_HOLES, "boxes": TARGET_BOXES,
            "keypoints": TARGET_KEYPOINTS, "rules": targets,
            "expected_keypoints": [[float(v) for v in k] for k in keypoints],
        },
    }
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases written to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
