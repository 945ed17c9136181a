#!/usr/bin/env bash
# Regenerates README.md's transform list from the registry (between the transforms:begin/end markers).
set -euo pipefail
cd "$(dirname "$0")/.."
list=$(dotnet run --project src/SharpAugment.Cli -c Release -- list --markdown)
python3 - "$list" <<'PY'
import sys
list_md = sys.argv[1].strip()
s = open('README.md').read()
b, e = '<!-- transforms:begin -->', '<!-- transforms:end -->'
i, j = s.index(b) + len(b), s.index(e)
open('README.md', 'w').write(s[:i] + '\n' + list_md + '\n' + s[j:])
PY
