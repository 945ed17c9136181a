#!/usr/bin/env bash
# End-to-end input pipeline benchmark: SharpAugment's DataLoader (1 and 2 workers) against torchvision's DataLoader
# (num_workers 0 and 2) on the same JPEG files, run back to back, ROUNDS times alternating; prints a table.
# Usage: bash bench/e2e/run.sh [JPEG_DIR=/tmp/e2e_jpegs] [N=256] [EPOCHS=4] [ROUNDS=2]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${1:-/tmp/e2e_jpegs}"
n="${2:-256}"
epochs="${3:-4}"
rounds="${4:-2}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

/usr/bin/python3 "$repo/bench/e2e/make_jpegs.py" "$dir" "$n"
dotnet build -c Release "$repo/bench/e2e/SharpAugment.E2E" -v q -nologo >"$out/build.log" || { cat "$out/build.log"; exit 1; }
dll="$repo/bench/e2e/SharpAugment.E2E/bin/Release/net10.0/SharpAugment.E2E.dll"

echo "nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), dotnet $(dotnet --version), $(date -u +%FT%TZ)"
for r in $(seq 1 "$rounds"); do
  for pair in "1 0" "2 2"; do
    set -- $pair
    echo "round $r: load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    dotnet "$dll" "$dir" "$1" "$epochs" 64 0 | tee -a "$out/sharp.jsonl" >&2
    # OpenBLAS variables are unset for this command only (see the environment notes); torch is pinned to 1 thread.
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 "$repo/bench/e2e/torch_loader.py" "$dir" "$2" "$epochs" 64 0 \
      | tee -a "$out/torch.jsonl" >&2
  done
done

# Where the time goes: SharpAugment's per-stage seconds (1 thread) and PIL's decode alone, over the same epochs.
echo "stages: load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
dotnet "$dll" "$dir" 1 "$epochs" 64 0 stages >"$out/stages.json"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 "$repo/bench/e2e/pil_decode.py" "$dir" "$epochs" >"$out/pil.json"
cat "$out/stages.json" "$out/pil.json" >&2

/usr/bin/python3 - "$out/sharp.jsonl" "$out/torch.jsonl" "$out/stages.json" "$out/pil.json" <<'PY'
import json, sys
sharp = [json.loads(l) for l in open(sys.argv[1])]
torch = [json.loads(l) for l in open(sys.argv[2])]
print("| round | SharpAugment threads | img/s | torchvision num_workers | img/s | ratio |")
print("|---:|---:|---:|---:|---:|---:|")
sums = {}
for i, (s, t) in enumerate(zip(sharp, torch)):
    ratio = s["images_per_second"] / t["images_per_second"]
    sums.setdefault(s["threads"], []).append((s["images_per_second"], t["images_per_second"]))
    print(f"| {i // 2 + 1} | {s['threads']} | {s['images_per_second']:.0f} | {t['num_workers']} | {t['images_per_second']:.0f} | {ratio:.2f}x |")
for threads, pairs in sorted(sums.items()):
    so = sum(p[0] for p in pairs) / len(pairs)
    to = sum(p[1] for p in pairs) / len(pairs)
    print(f"| mean | {threads} | {so:.0f} | {0 if threads == 1 else 2} | {to:.0f} | {so / to:.2f}x |")
st = json.load(open(sys.argv[3]))
pil = json.load(open(sys.argv[4]))
seconds = st["stage_seconds"]
print(f"\nSharpAugment DataLoader, 1 worker, {st['images'] * st['epochs']} images: pipeline (window decode included) {seconds['augment']:.2f} s, "
      f"rest (file read, header, collation, hand-off) {seconds['rest']:.2f} s; PIL decode alone {pil['decode_seconds']:.2f} s")
print(f"versions: .NET {sharp[0]['dotnet']}; torch {torch[0]['torch']}, torchvision {torch[0]['torchvision']}, Pillow {torch[0]['pillow']}")
PY
