#!/usr/bin/env python3
"""Measures what SMOTER/SMOGN (sharpaugment tabular --target) do for a regression model in the rare target range.
Usage: /usr/bin/python3 tools/measure_regression_oversampling.py [CLI_DLL]   (build src/SharpAugment.Cli -c Release first)

sklearn's diabetes table (the test fixture), 10 random 70/30 splits; on each, the training part is resampled by
the CLI with relevance 0 at the median (140.5) and 1 from 250 up (rare = relevance >= 0.5, target >= 195.25), then
a RandomForestRegressor (200 trees, seed 0) and a Ridge model are fitted; RMSE on the test rows, all and rare only."""
import csv, os, subprocess, sys, tempfile
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DLL = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "src/SharpAugment.Cli/bin/Release/net10.0/SharpAugment.Cli.dll")
FIXTURE = os.path.join(ROOT, "tests/SharpAugment.Tabular.Tests/Fixtures/diabetes.csv")
with open(FIXTURE) as f:
    rows = list(csv.reader(f))
header, data = rows[0], np.array(rows[1:], dtype=np.float64)
RARE = 195.25


def rmse(model, X, y):
    p = model.predict(X)
    rare = y >= RARE
    return np.sqrt(np.mean((p - y) ** 2)), np.sqrt(np.mean((p[rare] - y[rare]) ** 2))


results = {}
with tempfile.TemporaryDirectory() as tmp:
    for split in range(10):
        order = np.random.RandomState(split).permutation(len(data))
        train, test = data[order[:309]], data[order[309:]]
        path = os.path.join(tmp, "train.csv")
        with open(path, "w") as f:
            f.write(",".join(header) + "\n")
            for r in train:
                f.write(",".join(repr(float(v)) for v in r) + "\n")
        sets = {"none": train}
        for method in ("smoter", "smogn"):
            out = os.path.join(tmp, method + ".csv")
            subprocess.run(["dotnet", DLL, "tabular", path, out, "--target", "progression", "--method", method,
                            "--relevance", "140.5:0,250:1", "--seed", str(split)], check=True, capture_output=True)
            with open(out) as f:
                sets[method] = np.array(list(csv.reader(f))[1:], dtype=np.float64)
        for name, s in sets.items():
            for model_name, model in (("forest", RandomForestRegressor(n_estimators=200, random_state=0)), ("ridge", Ridge(alpha=1.0))):
                model.fit(s[:, :-1], s[:, -1])
                results.setdefault((model_name, name), []).append(rmse(model, test[:, :-1], test[:, -1]))

print("model   training set  RMSE all  RMSE rare (target >= 195.25)   (mean of 10 splits)")
for (model_name, name), v in results.items():
    v = np.array(v)
    print(f"{model_name:7s} {name:12s}  {v[:, 0].mean():8.2f}  {v[:, 1].mean():8.2f}")
