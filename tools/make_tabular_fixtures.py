#!/usr/bin/env python3
"""Regenerates tests/SharpAugment.Tabular.Tests/Fixtures from imbalanced-learn (Debian python3-imblearn 0.10,
python3-sklearn). Usage: /usr/bin/python3 tools/make_tabular_fixtures.py SHARED_DATA_DIR

Writes, per bundled table made imbalanced (the exact float32 table is written too, as CSV):
- the sampling_strategy_ dict for every strategy, and the error message for impossible requests;
- the class counts after fit_resample for every sampler and strategy;
- the deterministic internals imbalanced-learn computed: SMOTE's neighbour matrices (class-local indices),
  BorderlineSMOTE's danger masks, ADASYN's per-row counts, SMOTENC's median_std_ and neighbours, SMOTEN's
  neighbours with their VDM distances, KMeansSMOTE's cluster assignment and per-cluster sample counts.
The internals are captured by wrapping imbalanced-learn's own methods, never recomputed here.
Random streams (numpy's) are not reproduced; the tests check everything that does not depend on them."""
import gzip, json, os, sys, warnings
import numpy as np
from collections import Counter
from sklearn.cluster import MiniBatchKMeans
import imblearn
from imblearn.over_sampling import (ADASYN, SMOTE, SMOTEN, SMOTENC, BorderlineSMOTE, KMeansSMOTE,
                                    RandomOverSampler)
from imblearn.over_sampling import _adasyn
from imblearn.over_sampling._smote import base as smote_base
from imblearn.utils import check_sampling_strategy

warnings.filterwarnings("ignore")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "SharpAugment.Tabular.Tests", "Fixtures")
STRATEGIES = ["auto", "minority", "not minority", "not majority", "all"]


def load_sklearn_csv(path):
    with open(path) as f:
        header = f.readline().strip().split(",")
        rows = [line.strip().split(",") for line in f if line.strip()]
    data = np.array(rows, dtype=np.float64)
    return data[:, :-1], data[:, -1].astype(int), header[2:]


def load_digits(path):
    with gzip.open(path, "rt") as f:
        data = np.loadtxt(f, delimiter=",")
    return data[:, :-1], data[:, -1].astype(int)


def make_imbalanced(X, y, keep):
    idx = np.concatenate([np.flatnonzero(y == c)[:n] for c, n in keep.items()])
    idx.sort()
    return X[idx].astype(np.float32), y[idx]


def quantile_codes(col, bins):
    edges = np.quantile(col, np.linspace(0, 1, bins + 1)[1:-1])
    return np.searchsorted(edges, col, side="right").astype(np.int64)


def write_table(name, X, y, n_cat=0):
    cols = [f"f{i}" for i in range(X.shape[1] - n_cat)] + [f"c{i}" for i in range(n_cat)]
    with open(os.path.join(OUT, name + ".csv"), "w") as f:
        f.write(",".join(cols + ["label"]) + "\n")
        for row, label in zip(X, y):
            cells = [str(np.float32(v)) for v in row[: X.shape[1] - n_cat]] + [str(int(v)) for v in row[X.shape[1] - n_cat:]]
            f.write(",".join(cells + [str(int(label))]) + "\n")


def counts(y):
    return {str(int(k)): int(v) for k, v in sorted(Counter(y).items())}


def try_call(fn):
    try:
        return {"ok": fn()}
    except Exception as e:  # the message is what the tests compare
        return {"error": f"{type(e).__name__}: {e}"}


class Capture:
    """Wraps a function attribute, recording what each call received or returned."""

    def __init__(self, owner, name, record):
        self.owner, self.name, self.orig = owner, name, getattr(owner, name)
        self.record = record

    def __enter__(self):
        orig, record = self.orig, self.record

        def wrapper(*args, **kwargs):
            result = orig(*args, **kwargs)
            record(args, kwargs, result)
            return result

        setattr(self.owner, self.name, wrapper)
        return self

    def __exit__(self, *exc):
        setattr(self.owner, self.name, self.orig)


def resolved_strategies(y, binary):
    out = {}
    extra = [0.9, 0.5, 0.05, 1.5] if binary else [0.5]
    classes = sorted(set(int(v) for v in y))
    c = counts(y)
    big = max(c.values())
    targets = {classes[0]: c[str(classes[0])] + 7, classes[-1]: big + 3}
    for s in STRATEGIES + extra:
        key = s if isinstance(s, str) else repr(s)
        if isinstance(s, float) and s > 1:
            # out of range: imbalanced-learn rejects it in parameter validation, before resolving
            out[key] = try_call(lambda: SMOTE(sampling_strategy=s).fit_resample(np.zeros((4, 1)), [0, 0, 0, 1]))
        else:
            out[key] = try_call(lambda: {str(int(k)): int(v) for k, v in check_sampling_strategy(s, y, "over-sampling").items()})
    out["targets"] = {"request": {str(k): v for k, v in targets.items()},
                      **try_call(lambda: {str(int(k)): int(v) for k, v in check_sampling_strategy(targets, y, "over-sampling").items()})}
    out["targets_too_few"] = {"request": {str(classes[0]): c[str(classes[0])] - 1},
                              **try_call(lambda: check_sampling_strategy({classes[0]: c[str(classes[0])] - 1}, y, "over-sampling"))}
    out["targets_unknown"] = {"request": {"99": 10}, **try_call(lambda: check_sampling_strategy({99: 10}, y, "over-sampling"))}
    return out


def strategy_arg(y, key):
    # imbalanced-learn 0.10's parameter validation rejects 'minority' (a bug fixed later); pass its resolved targets.
    if key == "minority":
        resolved = check_sampling_strategy("minority", y, "over-sampling")
        c = Counter(y)
        return {k: c[k] + v for k, v in resolved.items()}
    return key


def smote_family(X, y, binary, seed=0):
    res = {}
    keys = STRATEGIES + (["0.5"] if binary else [])

    def arg(k):
        return float(k) if k[0].isdigit() else strategy_arg(y, k)

    for name, make in [("smote", lambda s: SMOTE(sampling_strategy=s, random_state=seed)),
                       ("borderline1", lambda s: BorderlineSMOTE(sampling_strategy=s, random_state=seed)),
                       ("adasyn", lambda s: ADASYN(sampling_strategy=s, random_state=seed)),
                       ("random", lambda s: RandomOverSampler(sampling_strategy=s, random_state=seed)),
                       ("random_shrinkage", lambda s: RandomOverSampler(sampling_strategy=s, shrinkage=0.5, random_state=seed))]:
        res[name] = {}
        for k in keys:
            res[name][k] = try_call(lambda: counts(make(arg(k)).fit_resample(X, y)[1]))

    # SMOTE neighbours (class-local), captured from _make_samples' nn_num argument.
    nns = {}
    sm = SMOTE(random_state=seed)
    with Capture(smote_base.BaseSMOTE, "_make_samples",
                 lambda a, kw, r: nns.__setitem__(str(int(a[3])), a[5].tolist())):
        sm.fit_resample(X, y)
    res["smote_neighbors"] = nns

    # Borderline danger masks, captured from _in_danger_noise.
    danger = {}
    bs = BorderlineSMOTE(random_state=seed, kind="borderline-1")
    with Capture(smote_base.BaseSMOTE, "_in_danger_noise",
                 lambda a, kw, r: danger.__setitem__(str(int(a[3])), [bool(v) for v in r])):
        bs.fit_resample(X, y)
    res["danger"] = danger

    # ADASYN per-row counts, captured from np.repeat's repeats argument inside imblearn's _adasyn module.
    rows = {}
    requested = {str(int(k)): int(v) for k, v in check_sampling_strategy("auto", y, "over-sampling").items()}
    real_np = _adasyn.np

    class NpProxy:
        def __getattr__(self, attr):
            return getattr(real_np, attr)

        def repeat(self, a, repeats, *args, **kwargs):
            rows[str(len(rows))] = np.asarray(repeats).tolist()
            return real_np.repeat(a, repeats, *args, **kwargs)

    _adasyn.np = NpProxy()
    try:
        res["adasyn_rows"] = try_call(lambda: counts(ADASYN(random_state=seed).fit_resample(X, y)[1]))
    finally:
        _adasyn.np = real_np
    order = [k for k, v in requested.items() if v > 0]
    res["adasyn_rows"]["per_row"] = {order[int(i)]: v for i, v in rows.items()}
    res["adasyn_rows"]["requested"] = requested
    return res


def kmeans_fixture(X, y, n_clusters, seed=0):
    record = {"make_samples": []}

    class RecordingKMeans(MiniBatchKMeans):
        def fit_predict(self, X, y=None, sample_weight=None):
            labels = super().fit_predict(X, y, sample_weight=sample_weight)
            record["clusters"] = labels.tolist()
            return labels

    km = KMeansSMOTE(kmeans_estimator=RecordingKMeans(n_clusters=n_clusters, random_state=seed, n_init=3), random_state=seed)
    with Capture(smote_base.BaseSMOTE, "_make_samples",
                 lambda a, kw, r: record["make_samples"].append({"label": int(a[3]), "n": int(a[6])})):
        result = try_call(lambda: counts(km.fit_resample(X, y)[1]))
    record.update(result)
    record["n_clusters"] = n_clusters
    record["requested"] = {str(int(k)): int(v) for k, v in check_sampling_strategy("auto", y, "over-sampling").items()}
    return record


def smotenc_fixture(X, y, n_cat, seed=0):
    cat_idx = list(range(X.shape[1] - n_cat, X.shape[1]))
    out = {"neighbors": {}}
    sm = SMOTENC(categorical_features=cat_idx, random_state=seed)
    with Capture(smote_base.BaseSMOTE, "_make_samples",
                 lambda a, kw, r: out["neighbors"].__setitem__(str(int(a[3])), a[5].tolist())):
        out.update(try_call(lambda: counts(sm.fit_resample(X, y)[1])))
    out["median_std"] = float(sm.median_std_)
    out["minority"] = int(min(Counter(y), key=Counter(y).get))
    return out


def smoten_fixture(Xc, y, seed=0):
    from imblearn.metrics.pairwise import ValueDifferenceMetric
    from sklearn.preprocessing import OrdinalEncoder
    out = {"neighbors": {}, "distances": {}}
    sm = SMOTEN(random_state=seed)
    captured = {}

    def record(a, kw, r):
        X_class, klass, _, nn_indices = a[1], a[2], a[3], a[4]
        captured[str(int(klass))] = (X_class, nn_indices)

    with Capture(SMOTEN, "_make_samples", record):
        out.update(try_call(lambda: counts(sm.fit_resample(Xc, y)[1])))
    enc = OrdinalEncoder(dtype=np.int32)
    Xe = enc.fit_transform(Xc)
    vdm = ValueDifferenceMetric(n_categories=[len(c) for c in enc.categories_]).fit(Xe, y)
    for k, (X_class, nn) in captured.items():
        D = vdm.pairwise(X_class)
        out["neighbors"][k] = nn.tolist()
        out["distances"][k] = np.take_along_axis(D, nn, axis=1).tolist()
    return out


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
    if not os.path.isdir(os.path.join(src, "tabular")):
        sys.exit(f"make_tabular_fixtures: {os.path.abspath(os.path.join(src, 'tabular'))} not found; pass the shared data "
                 "directory (the one holding tabular/iris.csv) as the first argument. The committed fixtures need it "
                 "only to be regenerated; the tests never read it.")
    os.makedirs(OUT, exist_ok=True)
    tables = {}
    X, y, _ = load_sklearn_csv(os.path.join(src, "tabular", "iris.csv"))
    tables["iris"] = make_imbalanced(X, y, {0: 50, 1: 30, 2: 12})
    X, y, _ = load_sklearn_csv(os.path.join(src, "tabular", "wine_data.csv"))
    tables["wine"] = make_imbalanced(X, y, {0: 20, 1: 71, 2: 10})
    X, y, _ = load_sklearn_csv(os.path.join(src, "tabular", "breast_cancer.csv"))
    tables["breast_cancer"] = make_imbalanced(X, y, {0: 60, 1: 357})
    X, y = load_digits(os.path.join(src, "tabular", "digits.csv.gz"))
    tables["digits"] = make_imbalanced(X, y, dict(zip(range(10), [178, 150, 120, 100, 80, 60, 45, 30, 20, 12])))

    summary = {"imblearn": imblearn.__version__}
    for name, (X, y) in tables.items():
        binary = len(set(y)) == 2
        write_table(name, X, y)
        fx = {"name": name, "strategies": resolved_strategies(y, binary), "samplers": smote_family(X, y, binary)}
        if name == "breast_cancer":
            fx["kmeans"] = kmeans_fixture(X, y, 6)
        if name == "digits":
            fx["kmeans"] = kmeans_fixture(X, y, 12)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(fx, f, separators=(",", ":"))
        summary[name] = counts(y)

    # SMOTENC: breast cancer (binary) and iris (multi-class) with two categorical columns binned from features.
    for name, (X, y), sources in [("breast_cancer", tables["breast_cancer"], [(0, 3), (5, 4)]),
                                  ("iris", tables["iris"], [(1, 3), (3, 2)])]:
        cats = np.column_stack([quantile_codes(X[:, c], b) for c, b in sources]).astype(np.float32)
        Xnc = np.hstack([X, cats])
        write_table(name + "_nc", Xnc, y, n_cat=len(sources))
        with open(os.path.join(OUT, name + "_nc.json"), "w") as f:
            json.dump(smotenc_fixture(Xnc, y, len(sources)), f, separators=(",", ":"))

    # SMOTEN: wine and iris with every feature binned into 3 categories.
    for name, (X, y) in [("wine", tables["wine"]), ("iris", tables["iris"])]:
        Xc = np.column_stack([quantile_codes(X[:, c], 3) for c in range(X.shape[1])])
        write_table(name + "_n", Xc.astype(np.float32), y, n_cat=Xc.shape[1])
        with open(os.path.join(OUT, name + "_n.json"), "w") as f:
            json.dump(smoten_fixture(Xc, y), f, separators=(",", ":"))
    import sklearn
    manifest = {
        "generator": "tools/make_tabular_fixtures.py",
        "imblearn": imblearn.__version__, "sklearn": sklearn.__version__, "numpy": np.__version__,
        "python": sys.version.split()[0],
        "sources": {"iris": "shared/data/tabular/iris.csv", "wine": "shared/data/tabular/wine_data.csv",
                    "breast_cancer": "shared/data/tabular/breast_cancer.csv", "digits": "shared/data/tabular/digits.csv.gz"},
        "reproducible": "byte for byte except imbalanced-learn error messages that print a Python set, whose order "
                        "follows PYTHONHASHSEED (breast_cancer.json strategies 1.5); the tests compare only a key phrase of each message",
        "files": sorted(f for f in os.listdir(OUT) if f.endswith(".json") and f != "manifest.json"
                        or f.endswith(".csv") and f not in ("iris_imbalanced.csv", "iris_mixed.csv")),
    }
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
