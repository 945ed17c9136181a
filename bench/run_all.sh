#!/usr/bin/env bash
# Runs `sharpaugment bench` and every peer (OpenCV, Pillow, torchvision through Debian's Python; OpenCvSharp4)
# back to back on the same prepared images, then prints the ratio table (ours / best peer).
#   bash bench/run_all.sh [SECONDS] [SIZE] [IMAGES_DIR] [OUT_DIR] [ROUNDS]
# Single thread everywhere. Other work on the machine adds noise: run it on a quiet machine, in one go. With ROUNDS > 1
# (default 2) every program runs once per round, in reverse order on even rounds, and each counts with its best round.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER=${1:-2}
SIZE=${2:-512}
IMAGES=${3:-samples/images}
OUT=${4:-bench/results}
ROUNDS=${5:-2}
mkdir -p "$OUT"
PREP="$OUT/prepared"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/SharpAugment.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/peers/OpenCvPeer -c Release -v q -nologo >/dev/null

run_ours() {
  echo "== sharpaugment (round $1)" >&2
  dotnet src/SharpAugment.Cli/bin/Release/net10.0/SharpAugment.Cli.dll bench --images "$IMAGES" --size "$SIZE" \
    --seconds "$SECONDS_PER" --threads 1 --json "$OUT/round$1/sharpaugment.json" --save-prepared "$PREP"
}
run_opencvsharp() {
  echo "== opencvsharp (round $1)" >&2
  dotnet bench/peers/OpenCvPeer/bin/Release/net10.0/OpenCvPeer.dll --images "$PREP" --size "$SIZE" \
    --seconds "$SECONDS_PER" --json "$OUT/round$1/opencvsharp.json"
}
run_python() {
  echo "== $2 (round $1)" >&2
  # OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE (set on some machines for old OpenBLAS builds) slow numpy: unset for timing only.
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OMP_NUM_THREADS=1 /usr/bin/python3 bench/peers/peers.py --lib "$2" \
    --images "$PREP" --size "$SIZE" --seconds "$SECONDS_PER" --json "$OUT/round$1/$2.json"
}
for r in $(seq 1 "$ROUNDS"); do
  mkdir -p "$OUT/round$r"
  if [ $((r % 2)) -eq 1 ]; then
    run_ours "$r"; run_opencvsharp "$r"; run_python "$r" opencv; run_python "$r" pil; run_python "$r" torchvision
  else
    run_python "$r" torchvision; run_python "$r" pil; run_python "$r" opencv; run_opencvsharp "$r"; run_ours "$r"
  fi
done
echo
python3 bench/ratio.py $(ls "$OUT"/round*/*.json) ${MARKDOWN:+--markdown}
