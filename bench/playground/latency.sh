#!/usr/bin/env bash
# Latency of POST /api/apply (not a test): starts `sharpaugment playground` on a free port, sends each transform at
# magnitude 0.5 to the 512x512 photo (photo/camera) and the 16x16 smiley, and prints the median server time
# (the X-Elapsed-Ms header: decode + augment + PNG encode), the augment part alone (Server-Timing), and the median
# round trip seen by curl, in milliseconds.
# Usage: bash bench/playground/latency.sh [REPEATS]   (default 15; run after `dotnet build src/SharpAugment.Cli -c Release`)
set -euo pipefail
cd "$(dirname "$0")/../.."
repeats=${1:-15}
dll=src/SharpAugment.Cli/bin/Release/net10.0/SharpAugment.Cli.dll
log=$(mktemp)
dotnet "$dll" playground --port 0 > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q 'http://' "$log" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$log" | head -1)
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %-14s %10s %11s %10s\n' transform sample server_ms augment_ms total_ms
for sample in photo/camera smiley; do
  for t in hflip rotate affine gaussian_blur brightness color_jitter posterize coarse_dropout perspective elastic; do
    server_times=(); augment_times=(); total_times=()
    for i in $(seq "$repeats"); do
      out=$(curl -s -o /dev/null -D - -w 'TOTAL %{time_total}\n' -F "pipeline=$t" -F "sample=$sample" -F "seed=$i" \
        $( [ "$t" != hflip ] && echo -F magnitude=0.5 ) "$url/api/apply")
      server_times+=("$(echo "$out" | awk -F': ' 'tolower($1)=="x-elapsed-ms" {print $2+0}')")
      augment_times+=("$(echo "$out" | tr -d '\r' | grep -io 'augment;dur=[0-9.]*' | cut -d= -f2)")
      total_times+=("$(echo "$out" | awk '$1=="TOTAL" {print $2*1000}')")
    done
    # The first call of each transform pays for JIT compilation; the median ignores it.
    printf '%-16s %-14s %10.2f %11.2f %10.2f\n' "$t" "$sample" "$(printf '%s\n' "${server_times[@]}" | median)" \
      "$(printf '%s\n' "${augment_times[@]}" | median)" "$(printf '%s\n' "${total_times[@]}" | median)"
  done
done
