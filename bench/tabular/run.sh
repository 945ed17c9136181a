#!/usr/bin/env bash
# Runs both sides of the tabular benchmark in one go, single-threaded. Usage: bash bench/tabular/run.sh [DATA_DIR] [all|over|under]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-/tmp/sharpaugment-tabular-bench}"
ONLY="${2:-all}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 DOTNET_gcServer=0
dotnet build -c Release bench/tabular -v q -nologo >/dev/null
dotnet bench/tabular/bin/Release/net10.0/SharpAugment.Bench.Tabular.dll "$DATA" write
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE slow a current numpy where the machine sets them: unset here only.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE taskset -c 0 /usr/bin/python3 bench/tabular/bench_imblearn.py "$DATA" "$ONLY"
taskset -c 0 dotnet bench/tabular/bin/Release/net10.0/SharpAugment.Bench.Tabular.dll "$DATA" "$ONLY"
