#!/usr/bin/env bash
# Planted-bug check (issue 13): plants each known-subtle bug in a temporary copy of the working tree, builds, runs
# the tests and reports which tests fail. Every bug must make the tests fail; the script exits 1 when one does not
# (or no longer applies: the code it edits has moved, so update its substitution below).
#
#   tools/planted_bugs.sh                # all bugs, tests/SharpAugment.Tests filtered to Category=Reference|Kernels
#   tools/planted_bugs.sh --full         # all bugs, every test of tests/SharpAugment.Tests (slower; what docs quote)
#   tools/planted_bugs.sh resize_antialias_off gamma_lut_rounding   # some bugs
#
# Needs only the .NET SDK. The working tree is never modified: the copy lives under a mktemp directory (removed at
# the end, unless KEEP=1); each bug is planted in the copy's file, which is then put back from a saved copy, so
# edits made to the working tree during the run do not leak in. A clean run (no bug) goes first and must pass, so
# every failure below is the bug's. Per bug it prints the failing test methods with
# their number of failing cases (VERBOSE=1 lists every failing case).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
project=tests/SharpAugment.Tests
filter="Category=Reference|Category=Kernels"
selected=()
for arg in "$@"; do
    case "$arg" in
        --full) filter="" ;;
        -h|--help) sed -n 2,13p "$0"; exit 0 ;;
        *) selected+=("$arg") ;;
    esac
done

# name | file | perl substitutions (each `s/\Q old \E/new/ or die`, so a substitution that stops matching is an error)
bugs=(
    'resize_antialias_off|src/SharpAugment/Kernels/ResizeAxis.cs|s/\Qbool widen = antialias && scale > 1.0;\E/bool widen = false;/ or die; s/\Q(antialias && scale > 1.0)\E/(false)/ or die'
    'generic_double_warp|src/SharpAugment/Geometry/SampleGeometry.cs|s/\Qif (inverse.IsAffine && border == BorderMode.Constant\E/if (false \&\& inverse.IsAffine \&\& border == BorderMode.Constant/ or die'
    'blur_sigma_1_0_for_1_5|src/SharpAugment/Kernels/Convolution.cs|s/\Qfloat s = (float)sigma;\E/float s = sigma == 1.5 ? 1.0f : (float)sigma;/ or die'
    'affine_nearest_for_bilinear|src/SharpAugment/Transforms/Geometric/Affine.cs|s/\Qwidth, height, width, height, Options.Resampling())\E/width, height, width, height, Options.Resampling() with { Interpolation = SharpAugment.Kernels.Interpolation.Nearest })/ or die'
    'gamma_lut_rounding|src/SharpAugment/Kernels/LutTables.cs|s/\Qtable[i] = (byte)(v * 255.999f);\E/table[i] = (byte)(v * 255.999f + 0.5f);/ or die'
    'blend_lut_rounding|src/SharpAugment/Kernels/LutTables.cs|s/\Qtable[i] = TruncateToByte((r * i) + other);\E/table[i] = TruncateToByte((r * i) + other + 0.5f);/ or die'
)

tmp=$(mktemp -d /tmp/planted_bugs.XXXXXX)
cleanup() { if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$tmp"; else echo "kept $tmp"; fi; }
trap cleanup EXIT
copy="$tmp/src"
mkdir -p "$copy" "$tmp/results"
# Tracked and untracked-but-not-ignored files, as the working tree has them now (deleted files skipped).
(cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$copy"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# A planted bug may leave a parameter unused; style analyzers must not turn that into a build error.
build() { (cd "$copy" && dotnet build "$project" -c Release -p:TreatWarningsAsErrors=false -p:EnforceCodeStyleInBuild=false >"$tmp/results/$1.build.log" 2>&1); }
run_tests() {
    local args=(test "$project" -c Release --no-build --logger "trx;LogFileName=$1.trx" --results-directory "$tmp/results")
    [[ -n "$filter" ]] && args+=(--filter "$filter")
    (cd "$copy" && dotnet "${args[@]}" >"$tmp/results/$1.test.log" 2>&1)
}
# Failing test methods of a trx, with how many of their cases failed and (VERBOSE=1) each failing case.
failed_methods() {
    local names
    names=$(grep -o '<UnitTestResult [^>]*outcome="Failed"' "$tmp/results/$1.trx" | sed -E 's/.*testName="([^"]*)".*/\1/' |
        sed -E 's/&quot;/"/g; s/&amp;/\&/g; s/^SharpAugment\.Tests\.//')
    sed -E 's/\(.*//' <<<"$names" | sort | uniq -c | sed -E 's/^ *([0-9]+) (.*)/    \2 (\1)/'
    if [[ "${VERBOSE:-0}" == 1 ]]; then sed 's/^/        /' <<<"$names"; fi
}
summary() { grep -E '^(Passed|Failed)!' "$tmp/results/$1.test.log" | tail -1 | sed -E 's/ - [^ ]+\.dll.*//' || true; }

echo "planted bugs: copy in $copy, tests: $project${filter:+ --filter \"$filter\"}"
if ! build clean; then echo "clean build failed:"; grep -m5 -E ': error ' "$tmp/results/clean.build.log"; exit 2; fi
if ! run_tests clean; then echo "the clean tree fails its tests; fix that first:"; failed_methods clean; exit 2; fi
echo "clean: $(summary clean)"

status=0
for entry in "${bugs[@]}"; do
    IFS='|' read -r name file subst <<<"$entry"
    if [[ ${#selected[@]} -gt 0 && ! " ${selected[*]} " == *" $name "* ]]; then continue; fi
    cp "$copy/$file" "$tmp/pristine"
    if ! perl -0777 -i -pe "$subst" "$copy/$file" 2>"$tmp/results/$name.perl.log"; then
        echo "$name: DOES NOT APPLY to $file (the code moved; update its substitution in $0)"; status=1; continue
    fi
    if ! build "$name"; then
        echo "$name: build failed:"; grep -m5 -E ': error ' "$tmp/results/$name.build.log" | sed 's/^/    /'; status=1
    elif run_tests "$name"; then
        echo "$name: NOT CAUGHT ($file; $(summary "$name"))"; status=1
    else
        echo "$name: caught ($file; $(summary "$name"))"
        failed_methods "$name"
    fi
    cp "$tmp/pristine" "$copy/$file"
done
# Leave the copy's build as the clean one would be (matters only with KEEP=1).
exit $status
