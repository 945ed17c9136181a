#!/usr/bin/env python3
"""Peer benchmark: the issue's transform list with OpenCV, Pillow or torchvision, one thread, same timing rule as
`sharpaugment bench` (a warm-up, then calls cycling over the images until at least --seconds have passed;
every call returns a new image and leaves its source untouched).

    /usr/bin/python3 bench/peers/peers.py --lib opencv --images DIR --size 512 --seconds 2 --json OUT

The images should be the ones `sharpaugment bench --save-prepared DIR` wrote (already RGB, square, size x size);
other images are centre-cropped and resized here with the library's own bilinear filter.
Operations a library does not have are listed under meta.missing, never approximated by another library
(the Pillow peer's policies are torchvision's RandAugment/TrivialAugmentWide/AutoAugment on PIL images, which is
how a Pillow pipeline runs them).
"""
import argparse
import json
import os
import platform
import random
import sys
import time

import numpy as np

MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]
NAMES = ["hflip", "vflip", "rotate", "affine", "resize", "random_resized_crop", "brightness", "contrast",
         "saturation", "equalize", "posterize", "solarize", "autocontrast", "sharpness", "grayscale",
         "gaussian_blur", "normalize", "erasing", "randaugment", "trivialaugment", "autoaugment",
         "blur", "median_blur", "motion_blur", "clahe", "hue_saturation_value", "random_brightness_contrast", "rgb_shift",
         "to_sepia",
         "sharpen", "emboss", "downscale", "iso_noise", "gauss_noise"]


def files_of(folder):
    names = sorted(f for f in os.listdir(folder) if f.lower().endswith((".png", ".jpg", ".jpeg")))
    if not names:
        sys.exit(f"peers.py: --images folder {folder} holds no .png or .jpg file")
    return [os.path.join(folder, f) for f in names]


def affine_forward(size):
    """torchvision's affine(angle=15, translate=(10, 5), scale=1.1, shear=(10, 0)) as a forward 2x3 matrix in pixel
    coordinates (for cv2.warpAffine): torchvision's inverse matrix about the centre, inverted."""
    import torchvision.transforms.functional as F
    c = [size * 0.5, size * 0.5]
    inv = F._get_inverse_affine_matrix(c, 15.0, [10.0, 5.0], 1.1, [10.0, 0.0])
    m = np.array([[inv[0], inv[1], inv[2]], [inv[3], inv[4], inv[5]], [0, 0, 1]], dtype=np.float64)
    # torchvision's matrix acts on coordinates relative to the centre; move it to pixel-centre coordinates
    # (cv2 maps pixel centres at integers).
    t = np.array([[1, 0, -c[0] + 0.5], [0, 1, -c[1] + 0.5], [0, 0, 1]])
    full = np.linalg.inv(t) @ m @ t
    return np.linalg.inv(full)[:2].astype(np.float64)


def rrc_params(size):
    """torchvision's RandomResizedCrop sampling (scale 0.08..1, ratio 3/4..4/3) for a size x size image."""
    import torch
    import torchvision.transforms as T
    dummy = torch.empty(1, size, size)
    return lambda: T.RandomResizedCrop.get_params(dummy, [0.08, 1.0], [3.0 / 4.0, 4.0 / 3.0])


def opencv_ops(size):
    import cv2
    cv2.setNumThreads(1)
    e = size // 3
    rot = cv2.getRotationMatrix2D(((size - 1) * 0.5, (size - 1) * 0.5), 30, 1.0)
    aff = affine_forward(size)
    rrc = rrc_params(size)

    def lut(table):
        t = np.clip(np.round(np.asarray(table, dtype=np.float64)), 0, 255).astype(np.uint8)
        return lambda img: cv2.LUT(img, t)

    x = np.arange(256, dtype=np.float64)
    sharp_k = np.array([[1, 1, 1], [1, 5, 1], [1, 1, 1]], dtype=np.float32) / 13.0
    mean255 = np.array(MEAN, dtype=np.float32) * 255
    inv_std255 = 1.0 / (np.array(STD, dtype=np.float32) * 255)

    def crop_resize(img):
        i, j, h, w = rrc()
        return cv2.resize(img[i:i + h, j:j + w], (224, 224), interpolation=cv2.INTER_LINEAR)

    def contrast(img):
        m = cv2.mean(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY))[0]
        return cv2.LUT(img, np.clip(np.round(1.3 * x + (1 - 1.3) * m), 0, 255).astype(np.uint8))

    def saturation(img):
        g = cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
        return cv2.addWeighted(img, 1.3, g, -0.3, 0)

    def equalize(img):
        return cv2.merge([cv2.equalizeHist(c) for c in cv2.split(img)])

    def autocontrast(img):
        out = []
        for c in cv2.split(img):
            lo, hi, _, _ = cv2.minMaxLoc(c)
            if hi > lo:
                c = cv2.LUT(c, np.clip(np.round((x - lo) * (255.0 / (hi - lo))), 0, 255).astype(np.uint8))
            out.append(c)
        return cv2.merge(out)

    def sharpness(img):
        blurred = cv2.filter2D(img, -1, sharp_k)
        return cv2.addWeighted(img, 2.0, blurred, -1.0, 0)

    def normalize(img):
        f = (img.astype(np.float32) - mean255) * inv_std255
        return np.ascontiguousarray(f.transpose(2, 0, 1))

    def erasing(img):
        out = img.copy()
        out[e:2 * e, e:2 * e] = 0
        return out

    motion_k = np.zeros((5, 5), np.float32)
    motion_k[2, :] = 0.2
    clahe_op = cv2.createCLAHE(clipLimit=4.0, tileGridSize=(8, 8))
    sepia_m = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])
    rgb_shift_t = np.stack([np.clip(np.arange(256) + s, 0, 255) for s in (20, -15, 10)], -1).astype(np.uint8).reshape(256, 1, 3)
    hue_t = np.mod(np.arange(256) + 15, 180).astype(np.uint8)

    def clahe(img):
        lab = cv2.cvtColor(img, cv2.COLOR_RGB2LAB)
        lab[:, :, 0] = clahe_op.apply(lab[:, :, 0])
        return cv2.cvtColor(lab, cv2.COLOR_LAB2RGB)

    def hue_saturation_value(img):
        h, s, v = cv2.split(cv2.cvtColor(img, cv2.COLOR_RGB2HSV))
        gray = s == 0
        s = cv2.add(s, 20)
        s[gray] = 0
        return cv2.cvtColor(cv2.merge((cv2.LUT(h, hue_t), s, cv2.add(v, 10))), cv2.COLOR_HSV2RGB)

    # Albumentations 2.0.8's calls for the issue 18 rows (its kernels at alpha 0.5; its ISONoise and GaussNoise steps).
    sharpen_k = np.array([[-0.5, -0.5, -0.5], [-0.5, 5.0, -0.5], [-0.5, -0.5, -0.5]], np.float32)
    emboss_k = (0.5 * np.eye(3, dtype=np.float32)[1][:, None] * np.eye(3, dtype=np.float32)[1][None, :]
                + 0.5 * np.array([[-1.7, -0.7, 0], [-0.7, 1, 0.7], [0, 0.7, 1.7]], np.float32)).astype(np.float32)
    noise_rng = np.random.default_rng(0)

    def downscale(img):
        small = cv2.resize(img, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_NEAREST)
        return cv2.resize(small, (img.shape[1], img.shape[0]), interpolation=cv2.INTER_NEAREST)

    def iso_noise(img):
        hls = cv2.cvtColor(img.astype(np.float32) / 255.0, cv2.COLOR_RGB2HLS)
        _, std = cv2.meanStdDev(hls)
        lum = noise_rng.poisson(std[1] * 0.3, size=hls.shape[:2])
        col = noise_rng.normal(0, 0.03 * 0.3, size=hls.shape[:2])
        hls[..., 0] += col
        hls[..., 1] += lum * 0.3 * (1.0 - hls[..., 1])
        out = np.clip(cv2.cvtColor(hls, cv2.COLOR_HLS2RGB), 0, 1)
        return np.clip(np.rint(out * 255), 0, 255).astype(np.uint8)

    def gauss_noise(img):
        noise = np.zeros(img.shape, np.float32)
        cv2.randn(noise, 0, 0.1 * 255)
        return cv2.add(img.astype(np.float32), noise, dtype=cv2.CV_8U)

    return {
        "sharpen": lambda img: cv2.filter2D(img, -1, sharpen_k),
        "emboss": lambda img: cv2.filter2D(img, -1, emboss_k),
        "downscale": downscale,
        "iso_noise": iso_noise,
        "gauss_noise": gauss_noise,
        "hflip": lambda img: cv2.flip(img, 1),
        "vflip": lambda img: cv2.flip(img, 0),
        "rotate": lambda img: cv2.warpAffine(img, rot, (size, size), flags=cv2.INTER_LINEAR,
                                             borderMode=cv2.BORDER_CONSTANT, borderValue=0),
        "affine": lambda img: cv2.warpAffine(img, aff, (size, size), flags=cv2.INTER_LINEAR,
                                             borderMode=cv2.BORDER_CONSTANT, borderValue=0),
        "resize": lambda img: cv2.resize(img, (224, 224), interpolation=cv2.INTER_AREA),
        "random_resized_crop": crop_resize,
        "brightness": lut(1.3 * x),
        "contrast": contrast,
        "saturation": saturation,
        "equalize": equalize,
        "posterize": lut(np.bitwise_and(np.arange(256), 0xF0)),
        "solarize": lut(np.where(x >= 128, 255 - x, x)),
        "autocontrast": autocontrast,
        "sharpness": sharpness,
        "grayscale": lambda img: cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB),
        "gaussian_blur": lambda img: cv2.GaussianBlur(img, (5, 5), 1.0, borderType=cv2.BORDER_REFLECT_101),
        "normalize": normalize,
        "erasing": erasing,
        # The OpenCV calls Albumentations 2.0.8 makes for its blur and colour transforms (issue 18).
        "blur": lambda img: cv2.blur(img, (5, 5)),
        "median_blur": lambda img: cv2.medianBlur(img, 5),
        "motion_blur": lambda img: cv2.filter2D(img, -1, motion_k),
        "clahe": clahe,
        "hue_saturation_value": hue_saturation_value,
        "random_brightness_contrast": lut(np.clip(x * 1.2 + 25.5, 0, 255)),
        "rgb_shift": lambda img: cv2.LUT(img, rgb_shift_t),
        "to_sepia": lambda img: cv2.transform(img, sepia_m),
    }


def load_opencv(path, size):
    import cv2
    img = cv2.cvtColor(cv2.imread(path, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    h, w = img.shape[:2]
    s = min(h, w)
    img = img[(h - s) // 2:(h - s) // 2 + s, (w - s) // 2:(w - s) // 2 + s]
    return img if s == size else cv2.resize(img, (size, size), interpolation=cv2.INTER_LINEAR)


def pil_ops(size):
    from PIL import Image, ImageFilter, ImageOps
    import torchvision.transforms as T
    import torchvision.transforms.functional as F
    e = size // 3
    rrc = rrc_params(size)
    flip_lr = getattr(Image, "Transpose", Image).FLIP_LEFT_RIGHT
    flip_tb = getattr(Image, "Transpose", Image).FLIP_TOP_BOTTOM
    bilinear = getattr(Image, "Resampling", Image).BILINEAR
    I = T.InterpolationMode

    def erasing(img):
        out = img.copy()
        out.paste((0, 0, 0), (e, e, 2 * e, 2 * e))
        return out

    def crop_resize(img):
        i, j, h, w = rrc()
        return img.resize((224, 224), bilinear, box=(j, i, j + w, i + h))

    return {
        "hflip": lambda img: img.transpose(flip_lr),
        "vflip": lambda img: img.transpose(flip_tb),
        "rotate": lambda img: img.rotate(30, resample=bilinear, fillcolor=(0, 0, 0)),
        "affine": lambda img: F.affine(img, 15, [10, 5], 1.1, [10.0, 0.0], interpolation=I.BILINEAR, fill=0),
        "resize": lambda img: img.resize((224, 224), bilinear),
        "random_resized_crop": crop_resize,
        "brightness": lambda img: F.adjust_brightness(img, 1.3),
        "contrast": lambda img: F.adjust_contrast(img, 1.3),
        "saturation": lambda img: F.adjust_saturation(img, 1.3),
        "equalize": ImageOps.equalize,
        "posterize": lambda img: ImageOps.posterize(img, 4),
        "solarize": lambda img: ImageOps.solarize(img, 128),
        "autocontrast": ImageOps.autocontrast,
        "sharpness": lambda img: F.adjust_sharpness(img, 2.0),
        "grayscale": lambda img: img.convert("L").convert("RGB"),
        "gaussian_blur": lambda img: img.filter(ImageFilter.GaussianBlur(1.0)),
        "normalize": lambda img: F.normalize(F.to_tensor(img), MEAN, STD),
        "erasing": erasing,
        "randaugment": T.RandAugment(num_ops=2, magnitude=9),
        "trivialaugment": T.TrivialAugmentWide(),
        "autoaugment": T.AutoAugment(T.AutoAugmentPolicy.IMAGENET),
    }


def load_pil(path, size):
    from PIL import Image
    img = Image.open(path).convert("RGB")
    w, h = img.size
    s = min(w, h)
    img = img.crop(((w - s) // 2, (h - s) // 2, (w - s) // 2 + s, (h - s) // 2 + s))
    return img if s == size else img.resize((size, size), getattr(Image, "Resampling", Image).BILINEAR)


def torchvision_ops(size):
    import torch
    import torchvision.transforms as T
    import torchvision.transforms.functional as F
    e = size // 3
    I = T.InterpolationMode
    rrc = T.RandomResizedCrop(224, interpolation=I.BILINEAR, antialias=False)
    return {
        "hflip": F.hflip,
        "vflip": F.vflip,
        "rotate": lambda t: F.rotate(t, 30, interpolation=I.BILINEAR, fill=0),
        "affine": lambda t: F.affine(t, 15, [10, 5], 1.1, [10.0, 0.0], interpolation=I.BILINEAR, fill=0),
        "resize": lambda t: F.resize(t, [224, 224], interpolation=I.BILINEAR, antialias=True),
        "random_resized_crop": rrc,
        "brightness": lambda t: F.adjust_brightness(t, 1.3),
        "contrast": lambda t: F.adjust_contrast(t, 1.3),
        "saturation": lambda t: F.adjust_saturation(t, 1.3),
        "equalize": F.equalize,
        "posterize": lambda t: F.posterize(t, 4),
        "solarize": lambda t: F.solarize(t, 128),
        "autocontrast": F.autocontrast,
        "sharpness": lambda t: F.adjust_sharpness(t, 2.0),
        "grayscale": lambda t: F.rgb_to_grayscale(t, 3),
        "gaussian_blur": lambda t: F.gaussian_blur(t, [5, 5], [1.0, 1.0]),
        "normalize": lambda t: F.normalize(F.convert_image_dtype(t, torch.float32), MEAN, STD),
        "erasing": lambda t: F.erase(t, e, e, e, e, torch.tensor(0, dtype=torch.uint8)),
        "randaugment": T.RandAugment(num_ops=2, magnitude=9),
        "trivialaugment": T.TrivialAugmentWide(),
        "autoaugment": T.AutoAugment(T.AutoAugmentPolicy.IMAGENET),
    }


def load_torchvision(path, size):
    import torch
    arr = load_opencv(path, size) if size else None
    return torch.from_numpy(np.ascontiguousarray(arr.transpose(2, 0, 1)))


LIBS = {
    "opencv": (opencv_ops, load_opencv),
    "pil": (pil_ops, load_pil),
    "torchvision": (torchvision_ops, load_torchvision),
}


def versions():
    v = {"python": platform.python_version(), "numpy": np.__version__}
    for mod, name in (("cv2", "opencv"), ("PIL", "pillow"), ("torch", "torch"), ("torchvision", "torchvision")):
        try:
            v[name] = __import__(mod).__version__
        except ImportError:
            v[name] = None
    return v


def blas_info():
    try:
        from threadpoolctl import threadpool_info
        return [{k: i.get(k) for k in ("internal_api", "version", "architecture", "num_threads")} for i in threadpool_info()]
    except ImportError:
        return None


def measure(op, images, seconds):
    # Warm-up as `sharpaugment bench`: every image once and at least a quarter of the timed seconds (at most 1 s).
    i, warm = 0, time.perf_counter()
    while i < max(3, len(images)) or time.perf_counter() - warm < min(1.0, seconds / 4):
        op(images[i % len(images)])
        i += 1
    n = 0
    start = time.perf_counter()
    while True:
        op(images[n % len(images)])
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return n / elapsed, n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lib", required=True, choices=sorted(LIBS))
    ap.add_argument("--images", required=True)
    ap.add_argument("--size", type=int, default=512)
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--only", default=None, help="comma-separated case names")
    ap.add_argument("--json", default=None)
    a = ap.parse_args()

    import torch
    torch.set_num_threads(1)
    torch.manual_seed(0)
    random.seed(0)
    make_ops, load = LIBS[a.lib]
    files = files_of(a.images)
    images = [load(f, a.size) for f in files]
    ops = make_ops(a.size)
    only = set(a.only.split(",")) if a.only else None
    results, calls, missing = {}, {}, []
    for name in NAMES:
        if only is not None and name not in only:
            continue
        if name not in ops:
            missing.append(name)
            print(f"{name:20s} missing", file=sys.stderr)
            continue
        ips, n = measure(ops[name], images, a.seconds)
        results[name] = round(ips, 2)
        calls[name] = n
        print(f"{name:20s} {ips:10.1f} img/s  ({n} calls)", file=sys.stderr)
    doc = {"meta": {"library": a.lib, "versions": versions(), "blas": blas_info(), "threads": 1,
                    "torch_threads": torch.get_num_threads(), "size": a.size, "seconds": a.seconds,
                    "images": [os.path.basename(f) for f in files], "calls": calls, "missing": missing,
                    "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE")},
           "results": results}
    text = json.dumps(doc, indent=2)
    if a.json:
        tmp = a.json + ".tmp"
        with open(tmp, "w") as f:
            f.write(text + "\n")
        os.replace(tmp, a.json)
    else:
        print(text)


if __name__ == "__main__":
    main()
