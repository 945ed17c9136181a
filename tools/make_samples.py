"""Regenerates samples/imagefolder, samples/yolo and samples/segmentation from the four images in samples/images.

Run: /usr/bin/python3 tools/make_samples.py
Boxes and masks are hand-placed on the originals (coordinates below, in original pixels) and scaled with the images.
"""
import os
import shutil
import numpy as np
from PIL import Image, ImageDraw

here = os.path.dirname(os.path.abspath(__file__))
samples = os.path.join(here, "..", "samples")
src = os.path.join(samples, "images")


def load(name):
    im = Image.open(os.path.join(src, name))
    if im.mode == "RGBA":
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, mask=im.split()[3])
        im = bg
    return im.convert("RGB") if im.mode not in ("RGB", "L") else im


def reset(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    os.makedirs(path)


# ImageFolder: three classes, three 96x96 crops each (crop box in original pixels).
crops = {
    "cat": ("chelsea.png", [(100, 20, 400, 300), (120, 60, 360, 300), (60, 0, 451, 300)]),
    "horse": ("horse.png", [(0, 0, 400, 328), (150, 0, 400, 250), (0, 40, 300, 328)]),
    "rocket": ("rocket.jpg", [(240, 80, 420, 427), (180, 0, 480, 427), (270, 100, 380, 427)]),
}
root = os.path.join(samples, "imagefolder")
reset(root)
for cls, (name, boxes) in crops.items():
    os.makedirs(os.path.join(root, cls))
    im = load(name)
    for i, box in enumerate(boxes):
        crop = im.crop(box).resize((96, 96), Image.BICUBIC)
        if cls == "horse":
            crop.convert("L").save(os.path.join(root, cls, f"{cls}{i + 1}.png"), optimize=True)
        else:
            crop.save(os.path.join(root, cls, f"{cls}{i + 1}.jpg"), quality=85)

# YOLO: boxes as (class, x_min, y_min, x_max, y_max) in original pixels.
names = ["eye", "nose", "rocket", "person", "horse"]
yolo = {
    "chelsea.png": [(0, 141, 87, 207, 143), (0, 290, 106, 346, 162), (1, 232, 225, 292, 265)],
    "rocket.jpg": [(2, 306, 122, 340, 408)],
    "camera.png": [(3, 0, 62, 300, 512)],
    "horse.png": None,  # the silhouette's bounding box, computed below
}
root = os.path.join(samples, "yolo")
reset(root)
os.makedirs(os.path.join(root, "images"))
os.makedirs(os.path.join(root, "labels"))
for name, boxes in yolo.items():
    im = load(name)
    w, h = im.size
    if boxes is None:
        dark = np.asarray(im.convert("L")) < 128
        ys, xs = np.nonzero(dark)
        boxes = [(4, int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)]
    stem = os.path.splitext(name)[0]
    small = im.resize((256, round(256 * h / w)), Image.BICUBIC)
    small.save(os.path.join(root, "images", stem + ".jpg"), quality=85)
    with open(os.path.join(root, "labels", stem + ".txt"), "w") as f:
        for c, x0, y0, x1, y1 in boxes:
            f.write(f"{c} {(x0 + x1) / 2 / w:.6f} {(y0 + y1) / 2 / h:.6f} {(x1 - x0) / w:.6f} {(y1 - y0) / h:.6f}\n")
with open(os.path.join(root, "data.yaml"), "w") as f:
    f.write("path: .\ntrain: images\nval: images\nnames:\n" + "".join(f"  {i}: {n}\n" for i, n in enumerate(names)))

# Segmentation: masks of class ids (0 background), drawn by hand-placed shapes or thresholds on the originals.
root = os.path.join(samples, "segmentation")
reset(root)
os.makedirs(os.path.join(root, "images"))
os.makedirs(os.path.join(root, "masks"))


def save_pair(stem, im, mask, width):
    h = round(width * im.height / im.width)
    im.resize((width, h), Image.BICUBIC).save(os.path.join(root, "images", stem + ".jpg"), quality=85)
    mask.resize((width, h), Image.NEAREST).save(os.path.join(root, "masks", stem + ".png"), optimize=True)


horse = load("horse.png")
save_pair("horse", horse, Image.fromarray((np.asarray(horse.convert("L")) < 128).astype(np.uint8)), 200)
cat = load("chelsea.png")
m = Image.new("L", cat.size, 0)
d = ImageDraw.Draw(m)
d.ellipse((40, -80, 440, 330), fill=1)      # head (class 1)
d.ellipse((141, 87, 207, 143), fill=2)      # eyes (class 2)
d.ellipse((290, 106, 346, 162), fill=2)
d.polygon([(232, 225), (292, 225), (262, 265)], fill=3)  # nose (class 3)
save_pair("chelsea", cat, m, 224)
camera = load("camera.png")
g = np.asarray(camera.convert("L"))
mask = np.zeros(g.shape, np.uint8)
mask[:190][g[:190] > 170] = 2               # sky (class 2): bright pixels above the horizon
mask[g < 45] = 1                            # coat, hair and tripod (class 1): dark pixels
save_pair("camera", camera, Image.fromarray(mask), 192)
print("samples written under", os.path.abspath(samples))

# COCO: the cat's head with three keypoints (left/right eye swap under flips) and the photographer with his camera.
import json
root = os.path.join(samples, "coco")
reset(root)
os.makedirs(os.path.join(root, "images"))
os.makedirs(os.path.join(root, "annotations"))
coco = {"info": {"description": "SharpAugment sample (hand-made labels)"}, "images": [], "annotations": [],
        "categories": [{"id": 1, "name": "cat_face", "keypoints": ["left_eye", "right_eye", "nose"], "skeleton": [[1, 3], [2, 3]]},
                       {"id": 2, "name": "person"}, {"id": 3, "name": "camera"}]}
entries = [
    ("chelsea.png", 224, [(1, (70, 10, 440, 300), [(174, 115, 2), (318, 134, 2), (262, 245, 2)])]),
    ("camera.png", 192, [(2, (0, 62, 300, 512), None), (3, (245, 135, 330, 180), None)]),
]
ann_id = 0
for image_id, (name, width, anns) in enumerate(entries, start=1):
    im = load(name)
    s = width / im.width
    h = round(im.height * s)
    stem = os.path.splitext(name)[0]
    im.resize((width, h), Image.BICUBIC).save(os.path.join(root, "images", stem + ".jpg"), quality=85)
    coco["images"].append({"id": image_id, "file_name": stem + ".jpg", "width": width, "height": h})
    for cat, (x0, y0, x1, y1), kps in anns:
        ann_id += 1
        box = [round(x0 * s, 2), round(y0 * s, 2), round((x1 - x0) * s, 2), round((y1 - y0) * s, 2)]
        a = {"id": ann_id, "image_id": image_id, "category_id": cat, "iscrowd": 0, "bbox": box, "area": round(box[2] * box[3], 2)}
        if kps:
            a["keypoints"] = [v for x, y, vis in kps for v in (round(x * s, 2), round(y * s, 2), vis)]
            a["num_keypoints"] = len(kps)
        coco["annotations"].append(a)
with open(os.path.join(root, "annotations", "instances.json"), "w") as f:
    json.dump(coco, f, indent=1)
print("COCO sample written")
