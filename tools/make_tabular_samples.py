#!/usr/bin/env python3
"""Writes samples/tabular/ from scikit-learn's bundled iris and wine tables (BSD-3-Clause / UCI).
Usage: python3 tools/make_tabular_samples.py SHARED_DATA_DIR
- iris_imbalanced.csv: 50 setosa, 30 versicolor, 12 virginica (first rows of each class), text labels.
- iris_mixed.csv: the same rows with petal_width replaced by a categorical 'petal_size' (small/medium/large).
- wine_imbalanced.csv: 20/71/10 rows of wine's three cultivars."""
import os, sys

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples", "tabular")
os.makedirs(out, exist_ok=True)


def read(name):
    with open(os.path.join(src, "tabular", name)) as f:
        head = f.readline().strip().split(",")
        return head[2:], [line.strip().split(",") for line in f if line.strip()]


def keep(rows, counts):
    seen = {}
    for r in rows:
        c = int(r[-1])
        seen[c] = seen.get(c, 0) + 1
        if seen[c] <= counts[c]:
            yield r


names, rows = read("iris.csv")
iris = list(keep(rows, {0: 50, 1: 30, 2: 12}))
with open(os.path.join(out, "iris_imbalanced.csv"), "w") as f:
    f.write("sepal_length,sepal_width,petal_length,petal_width,species\n")
    for r in iris:
        f.write(",".join(r[:4] + [names[int(r[4])]]) + "\n")
with open(os.path.join(out, "iris_mixed.csv"), "w") as f:
    f.write("sepal_length,sepal_width,petal_length,petal_size,species\n")
    for r in iris:
        w = float(r[3])
        size = "small" if w < 0.8 else "medium" if w < 1.7 else "large"
        f.write(",".join(r[:3] + [size, names[int(r[4])]]) + "\n")
names, rows = read("wine_data.csv")
cols = ["alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
        "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue", "od280_od315", "proline"]
with open(os.path.join(out, "wine_imbalanced.csv"), "w") as f:
    f.write(",".join(cols + ["cultivar"]) + "\n")
    for r in keep(rows, {0: 20, 1: 71, 2: 10}):
        f.write(",".join(r[:13] + [names[int(r[13])]]) + "\n")
