#!/usr/bin/python3
"""Writes samples/digits/digits.u8.gz: scikit-learn's copy of the UCI optical recognition of handwritten digits
(1,797 images of 8x8 pixels, CC BY 4.0), one record per image: the label byte, then 64 gray bytes row by row,
scaled from 0..16 to 0..255 as round(v * 255 / 16). Read by SharpAugment.Evaluation's DigitsData.

Generated with scikit-learn (Debian python3-sklearn) load_digits; run: /usr/bin/python3 tools/make_digits.py
"""
import gzip
import os

import numpy as np
import sklearn
from sklearn.datasets import load_digits

digits = load_digits()
pixels = np.rint(digits.data * 255.0 / 16.0).astype(np.uint8)
records = np.concatenate([digits.target.astype(np.uint8)[:, None], pixels], axis=1)
out = os.path.join(os.path.dirname(__file__), "..", "samples", "digits", "digits.u8.gz")
# mtime=0 keeps the file byte-identical across runs.
with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
    f.write(records.tobytes())
print(f"{out}: {len(records)} images, sklearn {sklearn.__version__}, numpy {np.__version__}")
