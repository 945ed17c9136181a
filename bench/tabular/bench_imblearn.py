#!/usr/bin/env python3
"""imbalanced-learn side of the tabular benchmark: reads the data sets written by the .NET program and times
fit_resample, single thread (run.sh sets OMP/OpenBLAS/MKL to one thread), best of 5 after one warm-up, as wall-clock
and as process CPU time."""
import sys, time
import numpy as np
import imblearn, sklearn
from imblearn.over_sampling import ADASYN, SMOTE, BorderlineSMOTE, RandomOverSampler
from imblearn.under_sampling import EditedNearestNeighbours, NearMiss, RandomUnderSampler, TomekLinks
from imblearn.combine import SMOTEENN

d = sys.argv[1] if len(sys.argv) > 1 else "/tmp/sharpaugment-tabular-bench"
only = sys.argv[2] if len(sys.argv) > 2 else "all"
print(f"# imbalanced-learn {imblearn.__version__}, scikit-learn {sklearn.__version__}, numpy {np.__version__}")
for name, cols in [("100000x20_95-5", 20), ("10000x200_95-5", 200)]:
    X = np.fromfile(f"{d}/{name}.x.f32", dtype="<f4").reshape(-1, cols)
    y = np.fromfile(f"{d}/{name}.y.i32", dtype="<i4")
    cases = []
    if only in ("all", "over"):
        cases += [("SMOTE", lambda s: SMOTE(random_state=s)),
                  ("BorderlineSMOTE-1", lambda s: BorderlineSMOTE(random_state=s)),
                  ("ADASYN", lambda s: ADASYN(random_state=s)),
                  ("RandomOverSampler", lambda s: RandomOverSampler(random_state=s))]
    if only in ("all", "under"):
        cases += [("RandomUnderSampler", lambda s: RandomUnderSampler(random_state=s)), ("NearMiss-1", lambda s: NearMiss())]
        if len(y) <= 10_000:
            cases += [("TomekLinks", lambda s: TomekLinks()), ("EditedNearestNeighbours", lambda s: EditedNearestNeighbours()),
                      ("SMOTEENN", lambda s: SMOTEENN(random_state=s))]
    for label, make in cases:
        make(0).fit_resample(X, y)
        best = best_cpu = float("inf")
        for run in range(5):
            t, c = time.perf_counter(), time.process_time()
            Xr, yr = make(run).fit_resample(X, y)
            best = min(best, time.perf_counter() - t)
            best_cpu = min(best_cpu, time.process_time() - c)
        print(f"imblearn {name} {label} wall {best:.4f} s cpu {best_cpu:.4f} s ({len(yr)} rows out)", flush=True)
