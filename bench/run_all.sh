#!/usr/bin/env bash
# Runs `sharpaugment bench` and every peer (OpenCV, Pillow, torchvision through Debian's Python; OpenCvSharp4)
# back to back on the same prepared images, then prints the ratio table (ours / best peer).
#   bash bench/run_all.sh [SECONDS] [SIZE] [IMAGES_DIR] [OUT_DIR]
# Single thread everywhere. Other work on the machine adds noise: run it on a quiet machine, in one go.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER=${1:-2}
SIZE=${2:-512}
IMAGES=${3:-samples/images}
OUT=${4:-bench/results}
mkdir -p "$OUT"
PREP="$OUT/prepared"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/SharpAugment.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/peers/OpenCvPeer -c Release -v q -nologo >/dev/null

echo "== sharpaugment" >&2
dotnet src/SharpAugment.Cli/bin/Release/net10.0/SharpAugment.Cli.dll bench --images "$IMAGES" --size "$SIZE" \
  --seconds "$SECONDS_PER" --threads 1 --json "$OUT/sharpaugment.json" --save-prepared "$PREP"
echo "== opencvsharp" >&2
dotnet bench/peers/OpenCvPeer/bin/Release/net10.0/OpenCvPeer.dll --images "$PREP" --size "$SIZE" \
  --seconds "$SECONDS_PER" --json "$OUT/opencvsharp.json"
for lib in opencv pil torchvision; do
  echo "== $lib" >&2
  # OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE (set on some machines for old OpenBLAS builds) slow numpy: unset for timing only.
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OMP_NUM_THREADS=1 /usr/bin/python3 bench/peers/peers.py --lib "$lib" \
    --images "$PREP" --size "$SIZE" --seconds "$SECONDS_PER" --json "$OUT/$lib.json"
done
echo
python3 bench/ratio.py "$OUT/sharpaugment.json" "$OUT/opencvsharp.json" "$OUT/opencv.json" "$OUT/pil.json" "$OUT/torchvision.json" ${MARKDOWN:+--markdown}
