#!/usr/bin/python3
"""Writes a benchmark input of label<TAB>sentence lines: the quoted usage examples of WordNet 3.0's verb and adjective
glosses (real English sentences, varied vocabulary), labelled 0/1 alternately.

Usage: /usr/bin/python3 bench/text/make_input.py [WORDNET_DIR] [OUT] [COUNT]
"""
import re
import sys

wn = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/wordnet"
out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/eda_bench.tsv"
count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
sentences = []
for name in ["data.verb", "data.adj"]:
    with open(f"{wn}/{name}", encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            for ex in re.findall(r'"([^"]+)"', line.split("|", 1)[1]):
                if len(ex.split()) >= 5:
                    sentences.append(ex)
step = max(1, len(sentences) // count)
picked = sentences[::step][:count]
with open(out, "w", encoding="utf-8") as f:
    for i, s in enumerate(picked):
        f.write(f"{i % 2}\t{s}\n")
print(f"{out}: {len(picked)} sentences, {sum(len(s.split()) for s in picked) / len(picked):.1f} words on average")
