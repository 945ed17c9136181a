#!/usr/bin/python3
"""Writes bench/SharpAugment.Proof/Data/breast_cancer.csv and wine.csv: the UCI breast cancer (Wisconsin diagnostic) and
wine tables as scikit-learn ships them (BSD-3-Clause bundle of UCI data), numeric features then the integer label.
Read by bench/SharpAugment.Proof (TableProof). Run: /usr/bin/python3 tools/make_proof_tables.py
"""
import os

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_wine

out = os.path.join(os.path.dirname(__file__), "..", "bench", "SharpAugment.Proof", "Data")
os.makedirs(out, exist_ok=True)
for name, loader in [("breast_cancer", load_breast_cancer), ("wine", load_wine)]:
    d = loader()
    cols = [c.replace(" ", "_") for c in d.feature_names] + ["label"]
    rows = np.concatenate([d.data, d.target[:, None]], axis=1)
    with open(os.path.join(out, name + ".csv"), "w") as f:
        f.write(",".join(cols) + "\n")
        for r in rows:
            f.write(",".join(repr(float(v)) for v in r[:-1]) + "," + str(int(r[-1])) + "\n")
    print(f"{name}: {len(rows)} rows, classes {np.bincount(d.target).tolist()}, sklearn {sklearn.__version__}")
