#!/usr/bin/python3
"""Regenerates the torchvision reference fixtures for the auto-augmentation policy ops (issue 3).

Run from the repository root with the reference environment (torch 1.13, torchvision 0.14):

    /usr/bin/python3 tools/make_policy_op_fixtures.py

For each magnitude-table family (AutoAugment, RandAugment, TrivialAugmentWide, AugMix), each op of its
table, each bin and each sign of a signed op, runs torchvision 0.14's own
``torchvision.transforms.autoaugment._apply_op`` on a uint8 CHW tensor, with the magnitude exactly as the
policy's ``forward`` computes it (``float(table[bin].item())``, then ``*= -1.0`` when negated) and the policy's
default interpolation and fill. Writes tests/SharpAugment.Tests/Fixtures/policy_ops/: the inputs, one PNG atlas
of distinct outputs per input, and manifest.json. The format is described in tools/README.md.
"""

import hashlib
import json
import math
import os
import re
import sys

import numpy as np
import torch
import torchvision
import torchvision.transforms.autoaugment as A
from PIL import Image

sys.path.insert(0, os.path.dirname(__file__))
from make_torchvision_fixtures import save_png, write_input  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "tests", "SharpAugment.Tests", "Fixtures", "policy_ops")

# (key, file stem, source, mode, width, height). Small so that ~1,650 outputs per input stay about 1 MB in all;
# width != height so that TranslateX and TranslateY tables differ; the gray one has odd sides (centre conventions).
INPUTS = [
    ("rgb", "rocket_32x24", "rocket.jpg", "RGB", 32, 24),
    ("gray", "camera_31x23", "camera.png", "L", 31, 23),
]


def families(height, width):
    """The magnitude tables exactly as torchvision 0.14's policies build them, with their default interpolation.

    AutoAugment's three policies (imagenet, cifar10, svhn) share one table (_augmentation_space(10, size)).
    fill is None everywhere (torchvision's default), which the tensor path treats as 0.
    """
    aa, ra, ta, am = A.AutoAugment(), A.RandAugment(), A.TrivialAugmentWide(), A.AugMix()
    # Interpolation and fill come from the policies' own defaults (NEAREST for the first three, BILINEAR for AugMix).
    for policy in (aa, ra, ta, am):
        assert policy.fill is None, policy
    return [
        ("autoaugment", 10, aa.interpolation, aa._augmentation_space(10, (height, width))),
        ("randaugment", ra.num_magnitude_bins, ra.interpolation,
         ra._augmentation_space(ra.num_magnitude_bins, (height, width))),
        ("trivialaugmentwide", ta.num_magnitude_bins, ta.interpolation,
         ta._augmentation_space(ta.num_magnitude_bins)),
        ("augmix", am._PARAMETER_MAX, am.interpolation, am._augmentation_space(am._PARAMETER_MAX, (height, width))),
    ]


# What _apply_op hands to the functional op for a magnitude m (documentation for the manifest reader).
ARGUMENTS = {
    "ShearX": ("F.affine shear=[degrees(atan(m)), 0], center=[0, 0] (top-left corner)",
               lambda m: math.degrees(math.atan(m))),
    "ShearY": ("F.affine shear=[0, degrees(atan(m))], center=[0, 0] (top-left corner)",
               lambda m: math.degrees(math.atan(m))),
    "TranslateX": ("F.affine translate=[int(m), 0] pixels", lambda m: int(m)),
    "TranslateY": ("F.affine translate=[0, int(m)] pixels", lambda m: int(m)),
    "Rotate": ("F.rotate angle=m degrees, counter-clockwise about the centre", lambda m: m),
    "Brightness": ("F.adjust_brightness factor=1.0+m", lambda m: 1.0 + m),
    "Color": ("F.adjust_saturation factor=1.0+m", lambda m: 1.0 + m),
    "Contrast": ("F.adjust_contrast factor=1.0+m", lambda m: 1.0 + m),
    "Sharpness": ("F.adjust_sharpness factor=1.0+m", lambda m: 1.0 + m),
    "Posterize": ("F.posterize bits=int(m)", lambda m: int(m)),
    "Solarize": ("F.solarize threshold=m (inverts pixels >= m)", lambda m: m),
}


def main():
    inputs_meta = []
    groups = {}  # (family, op) -> group dict, shared by the inputs
    family_meta = {}
    for key, stem, source, mode, width, height in INPUTS:
        rel, t = write_input(OUT, stem, source, mode, width, height)

        tiles = []  # distinct outputs, in first-use order
        tile_of = {}
        for family, bins, interpolation, space in families(height, width):
            family_meta[family] = {"bins": bins, "interpolation": interpolation.value, "fill": None}
            for op, (table, signed) in space.items():
                has_magnitude = table.ndim > 0
                assert not has_magnitude or len(table) == bins, (family, op)
                group = groups.setdefault((family, op), {
                    "family": family, "op": op, "signed": bool(signed), "has_magnitude": bool(has_magnitude),
                    "inputs": {},
                })
                values = [float(table[b].item()) for b in range(bins)] if has_magnitude else [0.0]
                entry = {"table": values}
                if op in ARGUMENTS and has_magnitude:
                    entry["argument"] = ARGUMENTS[op][0]
                    entry["arguments"] = [ARGUMENTS[op][1](m) for m in values]
                entry["tiles"] = []
                entry["negated_tiles"] = []
                for negate in ([False, True] if signed else [False]):
                    for b in range(len(values)):
                        magnitude = values[b]
                        if negate:
                            magnitude *= -1.0  # as the policies' forward does
                        out = A._apply_op(t.clone(), op, magnitude, interpolation=interpolation, fill=None)
                        if family == "augmix":
                            # AugMix applies ops to a 4-D batch; check it is the same as the 3-D call.
                            batched = A._apply_op(t[None].clone(), op, magnitude, interpolation=interpolation,
                                                  fill=None)[0]
                            assert torch.equal(out, batched), (op, b, negate)
                        assert out.dtype == torch.uint8 and tuple(out.shape) == tuple(t.shape), (op, out.shape)
                        digest = hashlib.sha256(out.numpy().tobytes()).hexdigest()
                        if digest not in tile_of:
                            tile_of[digest] = len(tiles)
                            tiles.append(out.permute(1, 2, 0).numpy())
                        (entry["negated_tiles"] if negate else entry["tiles"]).append(tile_of[digest])
                if not signed:
                    del entry["negated_tiles"]
                group["inputs"][key] = entry

        atlas = np.concatenate(tiles, axis=0)
        atlas_img = Image.fromarray(atlas[:, :, 0], "L") if mode == "L" else Image.fromarray(atlas, "RGB")
        atlas_rel = f"expected_{stem}.png"
        save_png(atlas_img, os.path.join(OUT, atlas_rel))
        inputs_meta.append({"key": key, "file": rel, "source": f"samples/images/{source}", "atlas": atlas_rel,
                            "width": width, "height": height, "channels": 1 if mode == "L" else 3,
                            "tiles": len(tiles)})
        print(f"{key}: {len(tiles)} distinct outputs", file=sys.stderr)

    ops = list(groups.values())

    manifest = {
        "generator": "tools/make_policy_op_fixtures.py",
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "reference": "torchvision.transforms.autoaugment._apply_op(img_uint8_chw, op, magnitude, interpolation, fill=None)",
        "magnitude": "table[bin] as a float32 value (JSON double, exact); negated = -table[bin]",
        "families": family_meta,
        "inputs": inputs_meta,
        "ops": ops,
    }
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(format_manifest(manifest))
    print(f"{len(ops)} (family, op) groups -> {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


def format_manifest(manifest):
    """Indented JSON, except that lists of scalars stay on one line: readable at a fraction of the size."""
    text = json.dumps(manifest, indent=1)
    text = re.sub(r"\[\s*([^\[\]{}]*?)\s*\]", lambda m: "[" + " ".join(m.group(1).split()) + "]", text)
    assert json.loads(text) == manifest
    return text + "\n"


if __name__ == "__main__":
    main()
