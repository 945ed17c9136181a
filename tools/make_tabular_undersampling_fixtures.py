#!/usr/bin/env python3
"""Regenerates tests/SharpAugment.Tabular.Tests/Fixtures/*_under.json from imbalanced-learn (Debian python3-imblearn
0.10, python3-sklearn 1.2). Usage: /usr/bin/python3 tools/make_tabular_undersampling_fixtures.py

Reads the float32 tables that tools/make_tabular_fixtures.py already wrote next to the fixtures (iris, wine,
breast_cancer, digits made imbalanced), so it needs no other data. Per table it records:
- the resolved sampling_strategy_ for under-sampling and clean-sampling (or the error), for every string strategy;
- the removed row indices (the complement of imbalanced-learn's sample_indices_) of every deterministic cleaning method:
  TomekLinks, EditedNearestNeighbours (kind_sel all and mode), RepeatedEditedNearestNeighbours, AllKNN,
  NeighbourhoodCleaningRule (0.10's rule, and 0.12's rule transcribed below); the kept rows of NearMiss 1-3;
- for the random ones, the random draws imbalanced-learn made (CondensedNearestNeighbour's and OneSidedSelection's
  seed rows, recorded by a RandomState subclass) with the kept rows they led to, and ClusterCentroids' k-means
  centroids with the real rows hard voting picked for them;
- class counts after RandomUnderSampler (with and without replacement);
- scikit-learn's SVC(gamma='scale') support rows (SVM-SMOTE's SVM) and SVMSMOTE's class counts.
"""
import csv, json, os, sys, warnings
from collections import Counter

import numpy as np
import imblearn
import sklearn
from sklearn.neighbors import KNeighborsClassifier
from sklearn.utils import _safe_indexing
from imblearn.under_sampling import (AllKNN, ClusterCentroids, CondensedNearestNeighbour, EditedNearestNeighbours,
                                     NearMiss, NeighbourhoodCleaningRule, OneSidedSelection, RandomUnderSampler,
                                     RepeatedEditedNearestNeighbours, TomekLinks)
from imblearn.over_sampling import SVMSMOTE
from imblearn.utils import check_sampling_strategy
from sklearn.svm import SVC

warnings.filterwarnings("ignore")
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "SharpAugment.Tabular.Tests", "Fixtures")
STRATEGIES = ["auto", "majority", "not minority", "not majority", "all", "minority"]


def load(name):
    with open(os.path.join(FIXTURES, name + ".csv")) as f:
        rows = list(csv.reader(f))[1:]
    data = np.array(rows, dtype=np.float64)
    return data[:, :-1].astype(np.float32), data[:, -1].astype(int)


def try_call(fn):
    try:
        return {"ok": fn()}
    except Exception as e:  # the message is what the tests compare
        return {"error": f"{type(e).__name__}: {e}"}


def kept(sampler, X, y):
    sampler.fit_resample(X, y)
    return sorted(int(i) for i in sampler.sample_indices_)


class RecordingState(np.random.RandomState):
    """A RandomState that records what randint returned, to hand imbalanced-learn's draws to the C# tests."""

    def __init__(self, seed, log):
        super().__init__(seed)
        self.log = log

    def randint(self, *args, **kwargs):
        r = super().randint(*args, **kwargs)
        self.log.append(np.atleast_1d(r).tolist())
        return r


class NeighbourhoodCleaningRule012(NeighbourhoodCleaningRule):
    """imbalanced-learn 0.12's rule (the fixed one), transcribed from imblearn/under_sampling/_prototype_selection/
    _neighbourhood_cleaning_rule.py at 01af8df1ae39aea2628e627cefddc2b21825825a: A2 comes from a 3-NN classifier's
    misclassified minority rows (the query row counts as its own neighbour, as KNeighborsClassifier.predict(X) does
    on its training rows) and a class is cleaned when it has more than threshold x the minority's rows."""

    def _fit_resample(self, X, y):
        self.nn_ = KNeighborsClassifier(n_neighbors=self.n_neighbors)
        enn = EditedNearestNeighbours(sampling_strategy=self.sampling_strategy, n_neighbors=self.n_neighbors, kind_sel="mode")
        enn.fit_resample(X, y)
        index_a1 = np.ones(y.shape, dtype=bool)
        index_a1[enn.sample_indices_] = False
        index_a1 = np.flatnonzero(index_a1)
        target_stats = Counter(y)
        class_minority = min(target_stats, key=target_stats.get)
        self.classes_to_clean_ = [c for c, n in target_stats.items()
                                  if c in self.sampling_strategy_.keys() and n > target_stats[class_minority] * self.threshold_cleaning]
        self.nn_.fit(X, y)
        minority = np.flatnonzero(y == class_minority)
        X_minority = _safe_indexing(X, minority)
        y_minority = _safe_indexing(y, minority)
        y_pred_minority = self.nn_.predict(X_minority)
        neighbors = self.nn_.kneighbors(X_minority, n_neighbors=self.nn_.n_neighbors + 1, return_distance=False)[:, 1:]
        index_a2 = np.ravel(neighbors[y_pred_minority != y_minority])
        index_a2 = np.array([i for i in np.unique(index_a2) if y[i] in self.classes_to_clean_])
        union = np.union1d(index_a1, index_a2).astype(int)
        selected = np.ones(y.shape, dtype=bool)
        selected[union] = False
        self.sample_indices_ = np.flatnonzero(selected)
        return _safe_indexing(X, self.sample_indices_), _safe_indexing(y, self.sample_indices_)


def removed(sampler, X, y):
    keep = set(kept(sampler, X, y))
    return [i for i in range(len(y)) if i not in keep]


def seeded(make, X, y):
    log = []
    sampler = make(RecordingState(0, log))
    idx = kept(sampler, X, y)
    return {"seeds": log, "kept": idx}


def cluster_centroids(X, y):
    out = {}
    cc = ClusterCentroids(voting="hard", random_state=0)
    centroids = {}
    orig = cc._generate_sample

    def record(Xc, yc, c, target_class):
        centroids[str(int(target_class))] = np.asarray(c, dtype=np.float64).tolist()
        return orig(Xc, yc, c, target_class)

    cc._generate_sample = record
    Xr, yr = cc.fit_resample(X, y)
    out["centroids"] = centroids
    # hard voting returns real rows; map each back to its (first) row index within its class
    picked = {}
    for label in centroids:
        rows = np.flatnonzero(y == int(label))
        sel = Xr[yr == int(label)]
        picked[label] = [int(rows[np.flatnonzero((X[rows] == r).all(axis=1))[0]]) for r in sel]
    out["hard"] = picked
    out["counts"] = {str(int(k)): int(v) for k, v in sorted(Counter(yr).items())}
    return out


def table_fixture(name):
    X, y = load(name)
    binary = len(set(y)) == 2
    fx = {"name": name, "under": {}, "clean": {}}
    for s in STRATEGIES + ([0.5] if binary else []):
        key = s if isinstance(s, str) else repr(s)
        for kind in ("under", "clean"):
            fx[kind][key] = try_call(lambda: {str(int(k)): int(v) for k, v in check_sampling_strategy(s, y, kind + "-sampling").items()})
    fx["random_under"] = {f"{k}|{r}": try_call(lambda: {str(int(a)): int(b) for a, b in sorted(Counter(
        RandomUnderSampler(sampling_strategy=k, random_state=0, replacement=r).fit_resample(X, y)[1]).items())})
        for k in ("auto", "all", "not majority") for r in (False, True)}
    fx["tomek_links"] = removed(TomekLinks(), X, y)
    fx["tomek_links_all"] = removed(TomekLinks(sampling_strategy="all"), X, y)
    for sel in ("all", "mode"):
        fx[f"enn_{sel}"] = removed(EditedNearestNeighbours(kind_sel=sel), X, y)
        fx[f"enn_{sel}_k5"] = removed(EditedNearestNeighbours(kind_sel=sel, n_neighbors=5), X, y)
        renn = RepeatedEditedNearestNeighbours(kind_sel=sel)
        fx[f"renn_{sel}"] = removed(renn, X, y)
        fx[f"renn_{sel}_iter"] = int(renn.n_iter_)
        fx[f"allknn_{sel}"] = removed(AllKNN(kind_sel=sel), X, y)
        fx[f"allknn_{sel}_allow_minority"] = removed(AllKNN(kind_sel=sel, allow_minority=True), X, y)
    for v in (1, 2, 3):
        fx[f"nearmiss{v}"] = kept(NearMiss(version=v), X, y)
    fx["ncr_010"] = removed(NeighbourhoodCleaningRule(), X, y)
    fx["ncr_012"] = removed(NeighbourhoodCleaningRule012(), X, y)
    fx["cnn"] = seeded(lambda rs: CondensedNearestNeighbour(random_state=rs), X, y)
    fx["oss"] = seeded(lambda rs: OneSidedSelection(random_state=rs), X, y)
    fx["cluster_centroids"] = cluster_centroids(X, y)
    # SVM-SMOTE's SVM: scikit-learn's SVC (libsvm, RBF, C=1, gamma='scale') support rows, and SVMSMOTE's class counts
    svc = SVC(gamma="scale").fit(X, y)
    fx["svc_support"] = sorted(int(i) for i in svc.support_)
    fx["svm_smote"] = try_call(lambda: {str(int(k)): int(v) for k, v in sorted(Counter(SVMSMOTE(random_state=0).fit_resample(X, y)[1]).items())})
    return fx


def write_diabetes():
    """sklearn's diabetes table (Efron et al. 2004; 442 rows, raw units), target last: the regression fixture for SMOTER/SMOGN."""
    from sklearn.datasets import load_diabetes
    d = load_diabetes(scaled=False)
    with open(os.path.join(FIXTURES, "diabetes.csv"), "w") as f:
        f.write(",".join([n for n in d.feature_names] + ["progression"]) + "\n")
        for row, t in zip(d.data.astype(np.float32), d.target.astype(np.float32)):
            f.write(",".join(str(np.float32(v)) for v in list(row) + [t]) + "\n")
    return "diabetes.csv"


def main():
    names = sys.argv[1:] or ["iris", "wine", "breast_cancer", "digits"]
    files = [write_diabetes()]
    for name in names:
        fx = table_fixture(name)
        path = name + "_under.json"
        with open(os.path.join(FIXTURES, path), "w") as f:
            json.dump(fx, f, separators=(",", ":"))
        files.append(path)
        print(name, {k: len(v) for k, v in fx.items() if isinstance(v, list)})
    manifest_path = os.path.join(FIXTURES, "manifest.json")
    with open(manifest_path) as f:
        manifest = json.load(f)
    manifest["under_sampling"] = {
        "generator": "tools/make_tabular_undersampling_fixtures.py",
        "imblearn": imblearn.__version__, "sklearn": sklearn.__version__, "numpy": np.__version__,
        "python": sys.version.split()[0],
        "input": "the *.csv tables above (float32), written by tools/make_tabular_fixtures.py",
        "ncr_012": "imbalanced-learn 0.12's NeighbourhoodCleaningRule._fit_resample transcribed (commit 01af8df), run on 0.10's ENN",
        "files": sorted(files),
    }
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
